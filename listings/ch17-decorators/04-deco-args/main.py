import functools


def repeat(n):  # 인자를 받아 "데코레이터"를 돌려주는 함수
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(n):
                result = func(*args, **kwargs)
            return result

        return wrapper

    return decorator


@repeat(3)  # hello = repeat(3)(hello)
def hello(name):
    print(f"안녕, {name}")


hello("파이썬")


def bold(func):
    print("bold가 감싼다:", func.__name__)

    def wrapper():
        return f"<b>{func()}</b>"

    return wrapper


def italic(func):
    print("italic이 감싼다:", func.__name__)

    def wrapper():
        return f"<i>{func()}</i>"

    return wrapper


@bold
@italic  # text = bold(italic(text)): 아래에 있는 데코레이터가 먼저 감싼다
def text():
    return "러스트"


print(text())
