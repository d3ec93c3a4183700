import threading
import time


class Seats:
    """threading.Semaphore를 Condition으로 만들어 본 것: 빈자리가 날 때까지 잠든다"""

    def __init__(self, n):
        self._free = n
        self._cond = threading.Condition()  # 락 하나 + 그 락 위에서 잠들고 깨우는 장치

    def __enter__(self):
        with self._cond:
            self._cond.wait_for(lambda: self._free > 0)  # 조건이 참이 될 때까지 잠든다
            self._free -= 1

    def __exit__(self, *exc):
        with self._cond:
            self._free += 1
            self._cond.notify()  # 기다리는 스레드 하나를 깨운다


def peak_inside(seats):
    """스레드 다섯이 seats 안에서 0.2초씩 머문다. 한 번에 안에 있던 최대 수를 돌려준다"""
    inside = peak = 0
    count = threading.Lock()

    def worker():
        nonlocal inside, peak
        with seats:
            with count:
                inside += 1
                peak = max(peak, inside)
            time.sleep(0.2)
            with count:
                inside -= 1

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return peak


print("threading.Semaphore(2): 최대", peak_inside(threading.Semaphore(2)), "스레드")
print("Condition으로 만든 Seats(2): 최대", peak_inside(Seats(2)), "스레드")
