import functools
from collections.abc import Callable


# 3.12부터: 타입 매개변수를 함수 이름 뒤의 대괄호에 적는다 (PEP 695)
def logged[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result!r}")
        return result

    return wrapper


print(logged.__type_params__)


@logged
def add(a: int, b: int) -> int:
    return a + b


add(1, 2)
