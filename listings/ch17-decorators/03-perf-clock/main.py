import time


def perf_clock(func):
    def perf_clocked(*args):
        # 함수 시작 시간
        # time.time 보다 정밀하게 실행 시간을 측정하는 방법
        start_time = time.perf_counter()
        result = func(*args)
        # 함수 종료 시간 계산
        end_time = time.perf_counter()
        # 실행 함수명
        name = func.__name__
        # 함수 매개변수
        arg_str = ", ".join(repr(arg) for arg in args)
        # 결과 출력
        print(f"[{end_time - start_time:.5f}] {name}({arg_str}) -> {result}")
        return result

    return perf_clocked


# 데코레이터 사용 (코드 실행 순서 : perf_clock -> perf_clocked -> return)
@perf_clock
def time_func(seconds):
    time.sleep(seconds)


@perf_clock
def sum_func(*numbers):
    return sum(numbers)


time_func(0.2)
sum_func(100, 150, 250, 300, 350)

print("*" * 10)


# 데코레이터 미사용
def time_func(seconds):
    time.sleep(seconds)


def sum_func(*numbers):
    return sum(numbers)


none_deco1 = perf_clock(time_func)
none_deco1(0.2)

none_deco2 = perf_clock(sum_func)
none_deco2(100, 150, 250, 300, 350)
