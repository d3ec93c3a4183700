import dis
import threading

counter = 0


def increment():
    global counter
    counter += 1


# counter += 1은 바이트코드 한 줄이 아니다: 읽고(LOAD), 더하고(BINARY_OP), 쓴다(STORE)
dis.dis(increment)


def increment_split(barrier):
    global counter
    value = counter  # LOAD_GLOBAL: 읽기
    barrier.wait()  # GIL은 여기서 다른 스레드로 넘어갈 수 있다: 그 전환을 확실하게 일으킨다
    counter = value + 1  # BINARY_OP, STORE_GLOBAL: 쓰기


counter = 0
barrier = threading.Barrier(2)
threads = [threading.Thread(target=increment_split, args=(barrier,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("두 스레드가 한 번씩 더했는데:", counter)
