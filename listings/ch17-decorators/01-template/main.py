def 데코레이터명(func):
    def 함수(*args, **kwargs):
        print(f"{func.__name__} 실행 전")
        result = func(*args, **kwargs)
        # 함수 안에다가 func이 실행될때마다 같이 출력되거나 작동시키고 싶은 코드 작성
        print(f"{func.__name__} 실행 후")
        return result

    return 함수


@데코레이터명
def A_func():
    pass


A_func()
print(A_func.__name__)  # 이제 A_func라는 이름에는 '함수'가 묶여 있다
