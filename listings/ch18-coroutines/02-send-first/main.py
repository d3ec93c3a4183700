def coroutine2(x):
    print(">>> coroutine started : {}".format(x))
    y = yield
    print(">>> coroutine received : {}".format(y))
    z = yield
    print(">>> coroutine received : {}".format(z))


cr2 = coroutine2(10)

try:
    cr2.send(100)
except TypeError as e:
    print("TypeError:", e)

# 실패한 send는 코루틴을 건드리지 않았다: cr2는 아직 처음 상태다
print(cr2.send(None))  # None은 보낼 수 있다: next(cr2)와 같다
print(cr2.send(100))  # y = 100, 다음 yield까지 실행
cr2.send(200)  # z = 200, 함수가 끝나서 StopIteration
