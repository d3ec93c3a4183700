import concurrent.futures
import logging
import queue
import random
import threading
from queue import Empty


# 생산자
def producer(queue, event):
    """네트워크 대기 상태라 가정(서버)"""
    for _ in range(5):  # 노트: while not event.is_set(): (0.01초 동안 무한 생산)
        message = random.randint(1, 11)
        logging.info("Producer got message: %s", message)
        queue.put(message)
        queue.join()  # 소비자가 task_done()을 부를 때까지 기다린다

    logging.info("Producer sent 5 messages. Exiting")


# 소비자
def consumer(queue, event):
    """응답 받고 소비하는 것으로 가정 or DB 저장"""
    while not event.is_set() or not queue.empty():
        try:
            message = queue.get(timeout=0.05)  # 노트: queue.get()
        except Empty:
            continue  # 0.05초마다 깨어나 event를 다시 확인한다
        logging.info("Consumer storing message: %s (size=%d)", message, queue.qsize())
        queue.task_done()

    logging.info("Consumer received event. Exiting")


if __name__ == "__main__":
    # Logging format 설정
    format = "%(asctime)s: %(message)s"
    logging.basicConfig(format=format, level=logging.INFO, datefmt="%H:%M:%S")
    random.seed(25)  # 실행마다 같은 메시지가 나오도록

    # 사이즈 중요 (소비량에 맞게 queue maxsize 조절)
    pipeline = queue.Queue(maxsize=10)

    # 이벤트 플래그 초기 값 0
    event = threading.Event()

    # With Context 시작
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        produced = executor.submit(producer, pipeline, event)
        executor.submit(consumer, pipeline, event)

        # 노트: time.sleep(0.01) — 시간 대신 생산자가 끝나기를 기다린다
        produced.result()

        # 프로그램 종료
        logging.info("Main: about to set event")
        event.set()
