import os
import threading
import time

# 1) worker가 파이프 읽기(블로킹 I/O)에서 기다리는 동안 메인 스레드가 파이썬 코드를 실행한다
r, w = os.pipe()


def worker():
    data = os.read(r, 1)  # 쓸 데이터가 올 때까지 막힌다: 기다리는 동안 GIL을 놓는다
    print("worker: 읽었다", data)


t = threading.Thread(target=worker)
t.start()
print("main: worker가 기다리는 동안 계산:", sum(range(1000)))
os.write(w, b"x")  # 이제야 worker가 깨어난다
t.join()


# 2) 다섯 스레드가 0.2초씩 기다리면, 기다림이 겹친다
def wait_for_io(seconds):
    time.sleep(seconds)  # sleep도 기다리는 동안 GIL을 놓는다


start = time.perf_counter()
threads = [threading.Thread(target=wait_for_io, args=(0.2,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("0.2초씩 다섯 번, 모두 1초를 기다렸는데 1초 안에 끝났다:", elapsed < 1.0)
