import threading

a = 10
barrier = threading.Barrier(2)


class Ten:
    # a + TEN의 덧셈은 파이썬 코드(__radd__)라서, 읽기와 쓰기 사이에 다른 스레드가 들어올 수 있다
    def __radd__(self, other):
        barrier.wait()  # 두 스레드가 모두 a를 읽은 뒤에야 더하기를 마친다
        return other + 10


TEN = Ten()


def a_func():
    global a
    a = a + TEN  # 읽기(LOAD_GLOBAL) … 더하기(__radd__) … 쓰기(STORE_GLOBAL)


def run_twice(target):
    threads = [threading.Thread(target=target) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


run_twice(a_func)
print(f"두 스레드가 10씩 더한 a값 : {a}")

a = 10
lock = threading.Lock()


def a_func_locked():
    global a
    with lock:  # 읽기부터 쓰기까지를 한 덩어리로
        a = a + 10


run_twice(a_func_locked)
print(f"잠그고 더한 a값 : {a}")
