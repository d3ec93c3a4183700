a_dict = {"a": 1, "b": 2, "c": 3}


def sum(a, b, c):
    return a + b + c


print(sum(**a_dict))
print(sum(**{"c": 3, "a": 1, "b": 2}))  # 순서는 상관없고 이름만 맞으면 된다
