def coroutine1():
    print(">>> coroutine started.")
    i = yield
    print(">>> coroutine received : {}".format(i))


# 제네레이터 선언
cr1 = coroutine1()

print(cr1, type(cr1))

next(cr1)
next(cr1)
