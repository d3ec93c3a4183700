from inspect import getgeneratorstate


def number_coroutine():
    while True:  # 코루틴을 계속 유지하기 위해 무한 루프 사용
        x = yield  # 코루틴 바깥에서 값을 받아옴, (yield)로 묶지 않아도 된다
        print(x)
        print(getgeneratorstate(co))  # GEN_RUNNING


co = number_coroutine()
print(getgeneratorstate(co))  # GEN_CREATED
next(co)  # 코루틴 안의 yield까지 코드 실행(최초 실행)
print(getgeneratorstate(co))  # GEN_SUSPENDED
co.send(1)  # 코루틴에 숫자 1을 보냄
print(getgeneratorstate(co))  # GEN_SUSPENDED
co.send(2)  # 코루틴에 숫자 2을 보냄
print(getgeneratorstate(co))  # GEN_SUSPENDED
co.send(3)  # 코루틴에 숫자 3을 보냄
print(getgeneratorstate(co))  # GEN_SUSPENDED
co.close()  # 멈춘 yield 자리에서 GeneratorExit를 일으켜 끝낸다
print(getgeneratorstate(co))  # GEN_CLOSED

try:
    co.send(4)  # 닫힌 코루틴에 값을 보내면
except StopIteration:
    print("StopIteration")
