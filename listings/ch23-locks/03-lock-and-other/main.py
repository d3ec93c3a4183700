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

    # 변수 업데이트 함수
    def update(self, n):
        logging.info("Thread %s: starting update", n)

        # 뮤텍스 & Lock 등 동기화(Thread synchronization) 필요

        # Lock 획득(방법1)
        self._lock.acquire()
        logging.info("Thread %s has lock", n)

        local_copy = self.value
        local_copy += 1
        time.sleep(0.25)  # 노트는 10초
        self.value = local_copy

        logging.info("Thread %s about to release lock", n)

        # Lock 반환
        self._lock.release()

        logging.info("Thread %s: finishing update", n)


def thread_func(name):
    logging.info(f"Sub-Thread {name}: starting")
    time.sleep(0.05)  # 노트는 3초
    logging.info(f"Sub-Thread {name}: finishing")


if __name__ == "__main__":
    # Logging format 설정
    format = "%(asctime)s: %(message)s"
    logging.basicConfig(format=format, level=logging.INFO, datefmt="%H:%M:%S")

    # 클래스 인스턴스화
    store = FakeDataStore()

    logging.info("Testing update. Starting value is %d.", store.value)

    # With Context 시작
    with ThreadPoolExecutor(max_workers=5) as executor:
        for n in ["First", "Second", "Third"]:
            executor.submit(store.update, n)
        executor.submit(thread_func, "Fourth")  # 노트는 ['Fourth'] (리스트)를 넘겼다
    logging.info("Testing update. Ending value is %d.", store.value)
