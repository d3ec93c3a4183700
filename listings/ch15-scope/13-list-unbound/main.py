a = [10]


def a_func():
    a = a + [20]
    print(f"a_func안에서의 a값 : {a}")


a_func()
print(f"a_func밖에서의 a값 : {a}")
