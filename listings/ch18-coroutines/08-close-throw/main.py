import inspect


def worker():
    print("  시작")
    try:
        while True:
            try:
                x = yield
                print("  받음:", x)
            except (
                ValueError
            ) as e:  # throw()로 던진 예외는 멈춘 yield 자리에서 일어난다
                print("  throw로 받은 예외:", repr(e))
    finally:
        print("  finally: 뒷정리")  # close()가 던진 GeneratorExit도 여기를 지난다


co = worker()
next(co)
co.send(1)
co.throw(ValueError("잘못된 값"))  # 코루틴이 잡고 다음 yield까지 간다
co.send(2)
co.close()  # 멈춘 yield 자리에서 GeneratorExit를 일으킨다
print("close() 뒤:", inspect.getgeneratorstate(co))
