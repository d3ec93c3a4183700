import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:  # 읽기-더하기-쓰기를 한 덩어리로 묶는다
            counter += 1


threads = [threading.Thread(target=work, args=(100_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
