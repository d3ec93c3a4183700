import logging
import threading
import time


# 스레드 실행 함수
def thread_func(name):
    logging.info("Sub-Thread %s: starting", name)
    time.sleep(0.2)
    logging.info("Sub-Thread %s: finishing", name)


# 메인 영역
if __name__ == "__main__":
    # Logging format 설정
    format = "%(message)s"
    logging.basicConfig(format=format, level=logging.INFO)
    logging.info("Main-Thread : before creating thread")

    # 함수 인자 확인
    # Daemon : Default False
    x = threading.Thread(target=thread_func, args=("First",), daemon=True)
    # x.daemon = True

    y = threading.Thread(target=thread_func, args=("Second",), daemon=True)

    logging.info("Main-Thread : before running thread")

    # 서브 스레드 시작
    x.start()
    x.join()

    logging.info("Main-Thread : wait for the thread to finish")

    y.start()
    y.join()

    logging.info("Main-Thread : all done")
