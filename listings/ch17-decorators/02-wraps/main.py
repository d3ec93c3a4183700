import functools


def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def wrapped(func):
    @functools.wraps(func)  # func의 __name__, __doc__ 등을 wrapper로 복사한다
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


@plain
def f1():
    """f1의 설명"""


@wrapped
def f2():
    """f2의 설명"""


print(f1.__name__, f1.__doc__)
print(f2.__name__, f2.__doc__)
print(f2.__wrapped__.__name__)  # 감싸기 전의 원래 함수도 남겨 둔다
