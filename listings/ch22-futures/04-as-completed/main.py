import time
from concurrent.futures import ThreadPoolExecutor, as_completed

WORK_LIST = [10000, 200000000, 1000000, 10000000]

# 03-wait와 같다: 걸리는 시간을 정해 두고 합은 공식으로 구한다.
# 세 일은 0초, 0.2초, 0.4초에 끝나고, 2억짜리는 0.8초에 끝난다.
SECONDS = {10000: 0.0, 1000000: 0.2, 10000000: 0.4, 200000000: 0.8}
START = time.monotonic()


# 동시성 합계 계산 메인 함수
# 누적 합계 함수
def sum_generator(n):
    # 일을 맡긴 순간(START)부터 SECONDS[n]초가 되는 시각까지 잔다: 일꾼이 늦게 집어 가도 끝나는 시각은 같다
    time.sleep(max(0.0, START + SECONDS[n] - time.monotonic()))
    return n * (n + 1) // 2


# as_completed
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

        # as_completed 결과 출력 (노트: timeout=7)
        try:
            for future in as_completed(futures_list, timeout=0.6):
                result = future.result()
                done = future.done()
                cancelled = future.cancelled()  # 노트에는 ()가 빠져 있었다

                # future 결과 확인
                print("Future Result : {}, Done : {}".format(result, done))
                print("Future Cancelled : {}".format(cancelled))
        except TimeoutError as e:
            print("TimeoutError :", e)
            print("2억짜리 :", futures_list[1])

    # with 블록은 남은 일이 끝날 때까지 기다린다
    print("with 뒤 2억짜리 :", futures_list[1])

    # 종료 시간
    end_tm = time.time() - start_tm
    # 출력 포멧
    msg = "\n Time : {:.2f}s"
    # 최종 결과 출력
    print(msg.format(end_tm))


# 실행
if __name__ == "__main__":
    main()
