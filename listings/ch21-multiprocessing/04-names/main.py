from multiprocessing import Process, Queue, current_process
import os
import random
import time


# 실행 방법
def square(n, q):
    # 랜덤 sleep (노트의 1~3초를 0.1~0.3초로)
    time.sleep(random.randint(1, 3) / 10)
    process_id = os.getpid()
    process_name = current_process().name
    # 제곱
    result = n * n
    # 정보 출력: 직접 print하지 않고 큐에 넣어 부모에게 보낸다
    q.put((n, process_id, process_name, result))


if __name__ == "__main__":
    # 부모 프로세스 아이디 (출력하지 않고 비교에만 쓴다)
    parent_process_id = os.getpid()
    # 출력
    print(f"Parent process name: {current_process().name}")

    # 자식들이 결과를 보낼 큐
    q = Queue()

    # 프로세스 리스트  선언
    processes = list()

    # 프로세스 생성 및 실행
    for i in range(1, 10):
        # 생성
        t = Process(name=str(i), target=square, args=(i, q))

        # 배열에 담기
        processes.append(t)

        # 시작
        t.start()

    # 결과 받기: 먼저 끝난 자식의 결과부터 도착한다
    results = [q.get() for _ in processes]

    # Join
    for process in processes:
        process.join()

    # 도착 순서는 실행마다 다르므로 번호순으로 정렬해 출력
    for n, process_id, process_name, result in sorted(results):
        print(f"Process Name: {process_name}")
        print(f"Result of {n} square : {result}")

    pids = {process_id for _, process_id, _, _ in results}
    print(
        f"서로 다른 자식 PID {len(pids)}개, 부모 PID와 겹침: {parent_process_id in pids}"
    )

    # 종료
    print("Main-Processing Done!")
