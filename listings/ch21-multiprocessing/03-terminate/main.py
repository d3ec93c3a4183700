from multiprocessing import Event, Process
import time
import logging


# 프로세스 실행 함수
def proc_func(name, started):
    print("Sub-Process {}: starting".format(name))
    started.set()  # 책에서 더한 줄: 시작했다고 부모에게 알린다
    time.sleep(0.3)
    print("Sub-Process {}: finishing".format(name))


def main():
    # Logging format 설정
    format = "%(message)s"
    logging.basicConfig(format=format, level=logging.INFO)

    # 함수 인자 확인
    started = Event()
    p = Process(target=proc_func, args=("First", started))

    logging.info("Main-Process : before creating Process")
    # 프로세스 시작
    p.start()

    # 노트의 time.sleep(0.1) 대신: p가 실행되기도 전에 terminate 되는 것을 방지
    started.wait()

    logging.info("Main-Process : During Process")

    logging.info("Main-Process : Terminated Process")
    p.terminate()

    # 노트의 time.sleep(0.1) 대신: p가 정말 끝날 때까지 기다린다
    p.join()

    # 프로세스 상태 확인
    print(f"Process p is alive: {p.is_alive()}")
    print(f"Process p exitcode: {p.exitcode}")


# 메인 시작
if __name__ == "__main__":
    main()
