from multiprocessing import Process, Queue, current_process
import time
import os


# 실행 함수
def worker(id, baseNum, q):
    process_id = os.getpid()
    process_name = current_process().name

    # 누적
    sub_total = 0

    # 계산
    for i in range(baseNum):
        sub_total += 1

    # Produce: 결과와 함께 누가 계산했는지도 보낸다 (출력은 부모가 한다)
    q.put((process_name, process_id, sub_total))


def main():
    # 부모 프로세스 아이디
    parent_process_id = os.getpid()
    # 출력
    print(f"Parent process ID {parent_process_id}")

    # 프로세스 리스트  선언
    processes = list()

    # 시작 시간
    start_time = time.time()

    # Queue 선언
    q = Queue()

    # 프로세스 생성 및 실행
    for i in range(2):  # 1 ~ 100 적절히 조절
        # 생성
        t = Process(name=str(i), target=worker, args=(1, 1_000_000, q))

        # 배열에 담기
        processes.append(t)

        # 시작
        t.start()

    # Join
    for process in processes:
        process.join()

    # 순수 계산 시간
    print("--- %s seconds ---" % (time.time() - start_time))

    # 종료 플래그
    q.put("exit")

    total = 0
    results = []

    # 대기
    while True:
        tmp = q.get()
        if tmp == "exit":
            break
        else:
            results.append(tmp)

    # 정보 출력: 도착 순서는 실행마다 다르므로 프로세스 이름순으로
    for process_name, process_id, sub_total in sorted(results):
        print(f"Process ID: {process_id}, Process Name: {process_name}")
        print(f"Result : {sub_total}")
        print("부모와 다른 프로세스:", process_id != parent_process_id)
        total += sub_total

    print()

    print("Main-Processing Total_count={}".format(total))
    print("Main-Processing Done!")


if __name__ == "__main__":
    main()
