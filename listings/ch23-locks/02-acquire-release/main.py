import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class FakeDataStore:
    # 공유 변수(value)
    def __init__(self):
        self.value = 0
        # Lock 선언
        self._lock = threading.Lock()
        # 책에서 더함: 임계 구역에 들어가고(in) 나온(out) 기록. 락을 쥔 채로만 남긴다
        self.trace = []

    # 변수 업데이트 함수
    def update(self, n):
        logging.info("Thread %s: starting update", n)

        # 뮤텍스 & Lock 등 동기화(Thread synchronization) 필요

        # Lock 획득(방법1)
        self._lock.acquire()
        self.trace.append(("in", n))
        logging.info("Thread %s has lock", n)

        local_copy = self.value
        local_copy += 1
        time.sleep(0.1)  # 노트는 2초
        self.value = local_copy

        logging.info("Thread %s about to release lock", n)
        self.trace.append(("out", n))

        # Lock 반환
        self._lock.release()

        logging.info("Thread %s: finishing update", n)


def overlapped(trace):
    """in 다음에 같은 스레드의 out이 오지 않은 적이 있으면, 두 임계 구역이 겹친 것이다"""
    pairs = zip(trace[0::2], trace[1::2])
    return any(a[0] != "in" or b != ("out", a[1]) for a, b in pairs)


if __name__ == "__main__":
    # Logging format 설정
    format = "%(asctime)s: %(message)s"
    logging.basicConfig(format=format, level=logging.INFO, datefmt="%H:%M:%S")

    # 클래스 인스턴스화
    store = FakeDataStore()

    logging.info("Testing update. Starting value is %d.", store.value)

    # With Context 시작
    with ThreadPoolExecutor(max_workers=3) as executor:
        for n in ["First", "Second", "Third"]:
            executor.submit(store.update, n)

    logging.info("Testing update. Ending value is %d.", store.value)
    # 로그 줄의 순서는 실행마다 달라도, 이 줄은 언제나 같다
    logging.info("Critical sections overlapped: %s", overlapped(store.trace))
