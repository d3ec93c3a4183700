from functools import partial


def calculate(a, b, c, d):
    return a * (b + 1) * (c + 2) * (d + 3)


two = partial(calculate, 2)  # 제일 앞의 인자에 고정됨

print(two(9, 8, 7))

# two의 매개변수는 (b, c, d)로 줄었고, 그중 맨 앞 b를 9로 고정
two_three = partial(two, 9)
print(two_three(8, 7))

# partial의 partial은 겹겹이 싸이지 않고 하나로 펴진다
print(two_three.func.__name__, two_three.args)
