import logging
import threading
import time


# 스레드 실행 함수: 몇 초 잘지도 인자로 받는다 (책에서 더한 인자)
def thread_func(name, started, seconds):
    logging.info("Sub-Thread %s: starting", name)
    started.set()  # 책에서 더한 줄: 출력 순서를 고정한다
    time.sleep(seconds)
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
    x = threading.Thread(
        target=thread_func, args=("First", x_started, 0.2), daemon=True
    )
    # x.daemon = True

    y = threading.Thread(
        target=thread_func, args=("Second", y_started, 0.4), daemon=True
    )

    logging.info("Main-Thread : before running thread")

    # 서브 스레드 시작
    x.start()
    x_started.wait()
    y.start()
    y_started.wait()

    logging.info("Main-Thread : wait for the thread to finish")

    # 주석 전후 결과 확인
    x.join()
    y.join()

    logging.info("Main-Thread : all done")
