def sum_fun(m):
    value = m

    def plus(n):
        nonlocal value
        value += n
        return value

    return plus


a = sum_fun(10)
print(a(20))
print(a(30))

b = sum_fun(100)  # 호출할 때마다 새 value를 가진 새 클로저
print(b(1))
print(a(1))
