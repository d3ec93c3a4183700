import functools
from functools import partial, reduce


def calculate(a, b, c, d):
    return a * (b + 1) * (c + 2) * (d + 3)


# reduce의 초깃값을 키워드로: 3.14부터. 그 전에는 위치 인수로만 받는다
try:
    print(reduce(max, [], initial=0))
except TypeError as e:
    print("reduce:", e)
print(reduce(max, [], 0))  # 어느 버전에서나 되는 방법

# functools.Placeholder: 3.14부터. 가운데 인수를 비워 두고 뒤의 인수를 위치로 고정한다
print("functools.Placeholder가 있는가:", hasattr(functools, "Placeholder"))
if hasattr(functools, "Placeholder"):
    nine = partial(calculate, functools.Placeholder, 9)  # b = 9, a는 부를 때 채운다
    print(nine(2, 8, 7), nine.args)

# 어느 버전에서나 되는 방법: 뒤의 인수는 키워드로 고정한다
print(partial(calculate, c=8, d=7)(2, 9))
