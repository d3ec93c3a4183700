import platform
import sys
import threading

print(platform.python_implementation(), sys.version_info[:2])
# GIL을 쥔 스레드에게 "이제 놓아 달라"고 요청하기까지 기다리는 시간(초)
print("switch interval:", sys.getswitchinterval())


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


results = [0] * 4


def worker(i):
    results[i] = count_primes(i * 5000, (i + 1) * 5000)


# CPU만 쓰는 일을 스레드 네 개에 나눠 준다: 결과는 맞지만, 바이트코드는 한 번에 한 스레드만 실행한다
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results, sum(results))
