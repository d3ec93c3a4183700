import logging
import time
from concurrent.futures import ThreadPoolExecutor


class FakeDataStore:
    # 공유 변수(value)
    def __init__(self):
        self.value = 0

    # 변수 업데이트 함수
    def update(self, n):
        logging.info("Thread %s: starting update", n)

        # 뮤텍스 & Lock 등 동기화(Thread synchronization) 필요
        local_copy = self.value
        local_copy += 1
        # 읽기와 쓰기 사이에서 일부러 쉰다(노트는 0.1초). 세 스레드가 모두 0을 읽은
        # 뒤에야 첫 쓰기가 일어나므로, 결과는 우연이 아니라 언제나 1이다.
        time.sleep(0.2)
        self.value = local_copy

        logging.info("Thread %s: finishing update", n)


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
