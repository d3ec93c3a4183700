import os
from multiprocessing import Process, Value, current_process

# 프로세스 메모리 공유 예제(공유 O)

# 프로세스 동기화 관련 참고
# https://docs.python.org/3/library/multiprocessing.html#synchronization-between-processes


# 실행 함수
def generate_update_number(v):
    # v.value += 1은 읽기와 쓰기 두 번의 접근이다. 노트처럼 락 없이 돌리면 다른 프로세스의
    # 쓰기를 덮어쓸 수 있다. Value에 딸린 락을 잡고, 출력까지 락 안에서 한다
    # (flush=True: 출력이 파일이나 파이프로 가도 락을 쥔 동안 내보낸다).
    with v.get_lock():
        for i in range(50):
            v.value += 1
        print(current_process().name, "data", v.value, flush=True)


def main():
    # 부모 프로세스 아이디
    parent_process_id = os.getpid()
    # 출력
    print(f"Parent process ID {parent_process_id}")

    # 프로세스 리스트  선언
    processes = list()

    # 프로세스 메모리 공유 변수
    # from multiprocessing import shared_memory 사용 가능(파이썬 3.8)
    # from multiprocessing import Manager 사용 가능
    # https://docs.python.org/3/library/multiprocessing.html#sharing-state-between-processes(Manager 사용 가능)

    # share_numbers = Array("i", range(50))  # i, c 등 Flag 확인
    share_value = Value("i", 0)
    for _ in range(1, 10):
        # 생성
        p = Process(target=generate_update_number, args=(share_value,))
        # 배열에 담기
        processes.append(p)
        # 실행
        p.start()

    # Join
    for p in processes:
        p.join()

    # 최종 프로세스 부모 변수 확인
    print("Final Data(share_value) in parent process", share_value.value)


if __name__ == "__main__":
    main()
