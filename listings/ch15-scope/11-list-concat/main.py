a = [10]


def a_func():
    b = a + [20]
    print(b)


a_func()
print(a)
