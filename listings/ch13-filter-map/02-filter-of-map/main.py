a = [1, 2, 3, 4, 5]


def map_func(num):
    return num * 100


def filter_func(num):
    return num >= 300


print(list(filter(filter_func, map(map_func, a))))

# 같은 일을 하는 리스트 컴프리헨션
print([num * 100 for num in a if num * 100 >= 300])

# 곱셈을 한 번만: 조건 안에서 := 로 이름을 붙이고 그 이름을 내놓는다
print([y for num in a if (y := num * 100) >= 300])
