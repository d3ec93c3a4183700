a = 10


def a_func():
    b = a + 1
    print(b)


a_func()
