import functools

calls = 0


@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), "계산", calls, "번")
print(fib.cache_info())


def memoize(func):  # 손으로 쓴 메모이즈: 딕셔너리를 붙잡은 클로저
    cache = {}

    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper


@memoize
def slow_square(n):
    print(f"계산: {n}")
    return n * n


print(slow_square(4), slow_square(4), slow_square(5))
