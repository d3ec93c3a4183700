import logging
import threading
import time


# 스레드 실행 함수
def thread_func(name, started):
    logging.info(f"Sub-Thread {name}: starting")
    started.set()  # 책에서 더한 줄: 출력 순서를 고정한다
    time.sleep(0.3)
    logging.info(f"Sub-Thread {name}: finishing")


# 메인 영역
if __name__ == "__main__":
    # Logging format 설정
    format = "%(message)s"
    logging.basicConfig(format=format, level=logging.INFO)
    logging.info("Main-Thread : before creating thread")

    # 함수 인자 확인
    started = threading.Event()
    x = threading.Thread(target=thread_func, args=("First", started))

    logging.info("Main-Thread : before running thread")

    # 서브 스레드 시작
    x.start()
    started.wait()

    logging.info("Main-Thread : wait for the thread to finish")

    # 주석 전후 결과 확인
    x.join()

    logging.info("Main-Thread : all done")
