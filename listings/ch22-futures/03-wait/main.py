import time
from concurrent.futures import ThreadPoolExecutor, wait

WORK_LIST = [10000, 200000000, 1000000, 10000000]

# 노트의 sum_generator는 정말로 1부터 n까지 더했고, 2억까지 더하는 데 8초쯤 걸렸다.
# 책에서는 일마다 걸리는 시간을 정해 두고(sleep) 합은 공식으로 구한다.
# 끝나는 시각이 0.2초씩 벌어져 있어서 끝나는 순서가 실행마다 같다.
SECONDS = {10000: 0.0, 1000000: 0.2, 10000000: 0.4, 200000000: 0.8}
START = time.monotonic()


# 동시성 합계 계산 메인 함수
# 누적 합계 함수
def sum_generator(n):
    # 일을 맡긴 순간(START)부터 SECONDS[n]초가 되는 시각까지 잔다: 일꾼이 늦게 집어 가도 끝나는 시각은 같다
    time.sleep(max(0.0, START + SECONDS[n] - time.monotonic()))
    return n * (n + 1) // 2


# wait
def main():
    # Worker Count
    worker = min(10, len(WORK_LIST))

    # 시작 시간
    start_tm = time.time()
    # Futures
    futures_list = []

    # 결과 건수
    # ProcessPoolExecutor
    with ThreadPoolExecutor(worker) as excutor:
        for work in WORK_LIST:
            # future 반환
            future = excutor.submit(sum_generator, work)
            # 스케쥴링
            futures_list.append(future)
            # 스케쥴링 확인
            print("Scheduled for {} : {}".format(work, future))

        # wait 결과 출력 (노트: timeout=7)
        result = wait(futures_list, timeout=0.6)
        # 성공
        print("Completed Tasks : " + str(result.done))
        # 실패
        print("Pending ones after waiting for 0.6 seconds : " + str(result.not_done))
        # 결과 값 출력: 집합에는 순서가 없으므로 정렬해서 찍는다
        print(sorted(future.result() for future in result.done))

    # 종료 시간
    end_tm = time.time() - start_tm
    # 출력 포멧
    msg = "\n Time : {:.2f}s"
    # 최종 결과 출력
    print(msg.format(end_tm))


# 실행
if __name__ == "__main__":
    main()
