a = 10


def a_func():
    print(a)


a_func()
