import os
from multiprocessing import Process, Queue, current_process

# 프로세스 메모리 공유 예제(공유X)


# 실행함수
def generate_update_number(v: int, q: Queue):
    for _ in range(50):
        v += 1
    # 노트는 여기서 print(current_process().name, "data", v)로 바로 찍었다.
    # 자식 아홉이 동시에 찍으면 줄의 순서가 실행마다 달라지므로, 부모에게 보내 부모가 찍는다.
    q.put((current_process().name, v))


def main():
    # 부모 프로세스 아이디
    parent_process_id = os.getpid()
    # 출력
    print(f"Parent process ID {parent_process_id}")

    # 프로세스 리스트 선언
    processes = list()

    # 프로세스 메모리 공유 변수
    share_value = 0
    # 자식이 결과를 돌려보낼 큐
    q = Queue()

    for _ in range(1, 10):
        # 생성
        p = Process(target=generate_update_number, args=(share_value, q))
        # 배열에 담기
        processes.append(p)
        # 실행
        p.start()

    # 결과 받기: 도착 순서는 실행마다 다르다
    results = [q.get() for _ in processes]

    # Join
    for p in processes:
        p.join()

    # 이름순으로 정렬해서 찍는다
    for name, v in sorted(results):
        print(name, "data", v)

    # 최종 프로세스 부모 변수 확인
    print("Final Data in parent process", share_value)


if __name__ == "__main__":
    main()
