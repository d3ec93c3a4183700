import logging
import threading
import time


# 스레드 실행 함수
def thread_func(name, started):
    logging.info("Sub-Thread %s: starting", name)
    started.set()  # 책에서 더한 줄: 출력 순서를 고정한다
    time.sleep(0.3)
    logging.info("Sub-Thread %s: finishing", name)


# 메인 영역
if __name__ == "__main__":
    # Logging format 설정
    format = "%(message)s"
    logging.basicConfig(format=format, level=logging.INFO)
    logging.info("Main-Thread : before creating thread")

    # 함수 인자 확인
    # Daemon : Default False
    x_started = threading.Event()
    y_started = threading.Event()
    x = threading.Thread(target=thread_func, args=("First", x_started), daemon=True)

    y = threading.Thread(target=thread_func, args=("Second", y_started), daemon=True)

    logging.info("Main-Thread : before running thread")

    # 서브 스레드 시작
    x.start()
    x_started.wait()
    y.start()
    y_started.wait()

    # DaemonThread 확인
    print(x.isDaemon())
    print(x.daemon)

    logging.info("Main-Thread : wait for the thread to finish")

    logging.info("Main-Thread : all done")
