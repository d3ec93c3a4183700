import math
from functools import reduce
from itertools import accumulate


def sum_func(a, b):
    return a + b


print(reduce(sum_func, range(1, 11)))  # 누적
# 1+2+~10 -> 3+3+4+5+~+10 -> 6+4+5+~+10 -> 45+10 -> 55
# (((((((((1+2)+3)+4)+5)+6)+7)+8)+9)+10)

# 괄호가 정말 저렇게 쌓이는지, 문자열을 누적해서 확인
print(reduce(lambda acc, n: f"({acc}+{n})", range(1, 11)))

# 중간 누적값들: accumulate는 reduce가 지나온 길을 모두 내놓는다
print(list(accumulate(range(1, 11), sum_func)))

# 합과 곱이라면 reduce보다 이름이 있는 함수가 낫다
print(sum(range(1, 11)), math.prod(range(1, 6)))

# 빈 iterable에는 초깃값이 있어야 한다
try:
    reduce(sum_func, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(sum_func, [], 0))
