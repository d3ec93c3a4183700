import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")  # 감쌀 함수의 매개변수 목록 전체
R = TypeVar("R")  # 감쌀 함수의 반환 타입


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result!r}")
        return result

    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


add(1, 2)
print(add.__annotations__)  # wraps가 원래 함수의 타입 힌트도 복사했다
add("1", "2")  # 힌트는 int지만 실행 중에는 아무도 검사하지 않는다
