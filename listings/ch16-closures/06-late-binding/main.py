def outer():
    x = 1

    def inner():
        return x

    x = 2  # inner를 만든 뒤에 바꾼다
    # 돌려주지 않았는데도 inner는 이미 자유 변수 x를 셀로 붙잡은 클로저다
    print(inner.__code__.co_freevars, inner())


outer()

# 루프 변수를 붙잡는 람다들: 값이 아니라 변수(셀)를 붙잡으므로 모두 마지막 값을 본다
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print(fs[0].__closure__[0] is fs[2].__closure__[0])  # 셋이 셀 하나를 나눠 쓴다

# 기본값은 def(lambda)가 실행되는 그때 계산된다: 그때의 i를 붙잡는 관용구
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
