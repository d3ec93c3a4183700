a = [1, 2, 3, 4, 5]


def map_func(num):
    return num * 100


def filter_func(num):
    return num * 100 >= 300


print(list(map(map_func, a)))
print(list(filter(filter_func, a)))

# 한 번 쓰고 버릴 함수라면 lambda로
print(list(map(lambda num: num * 100, a)))

# 딕셔너리를 넘기면 키가 함수에 들어간다
d = {"one": 1, "two": 2}
print(list(map(str.upper, d)))
