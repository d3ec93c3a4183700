import logging
import threading
import time


# 스레드 실행 함수
def thread_func(name, started):
    logging.info(f"Sub-Thread {name}: starting")
    started.set()  # 책에서 더한 줄: "starting을 찍었다"고 메인 스레드에 알린다
    time.sleep(0.3)  # 노트의 3초를 0.3초로 줄였다
    logging.info(f"Sub-Thread {name}: finishing")


# 메인 영역
if __name__ == "__main__":
    # Logging format 설정 (실행마다 달라지는 시각 %(asctime)s는 뺐다)
    format = "%(message)s"
    logging.basicConfig(format=format, level=logging.INFO)
    logging.info("Main-Thread : before creating thread")

    # 함수 인자 확인
    started = threading.Event()
    x = threading.Thread(target=thread_func, args=("First", started))

    logging.info("Main-Thread : before running thread")

    # 서브 스레드 시작
    x.start()
    started.wait()  # 책에서 더한 줄: 출력 순서를 고정한다

    logging.info("Main-Thread : wait for the thread to finish")

    logging.info("Main-Thread : all done")
