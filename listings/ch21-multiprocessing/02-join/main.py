from multiprocessing import Event, Process
import time
import logging


# 프로세스 실행 함수
def proc_func(name, go):
    go.wait()  # 책에서 더한 줄: 부모가 신호를 줄 때까지 기다린다

    print("Sub-Process {}: starting".format(name))
    time.sleep(0.3)
    print("Sub-Process {}: finishing".format(name))


def main():
    # Logging format 설정
    format = "%(message)s"
    logging.basicConfig(format=format, level=logging.INFO)

    # 함수 인자 확인
    go = Event()
    p = Process(target=proc_func, args=("First", go))

    logging.info("Main-Process : before creating Process")
    # 프로세스 시작
    p.start()

    logging.info("Main-Process : During Process")

    logging.info("Main-Process : Joined Process")
    go.set()  # 책에서 더한 줄
    p.join()

    # 프로세스 상태 확인
    print(f"Process p is alive: {p.is_alive()}")
    print(f"Process p exitcode: {p.exitcode}")


# 메인 시작
if __name__ == "__main__":
    main()
