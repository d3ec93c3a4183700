import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()


def blocker():
    started.set()
    gate.wait()  # 메인 스레드가 문을 열어 줄 때까지 일꾼을 붙잡는다
    return "blocker 끝"


def broken():
    raise ValueError("일이 던진 예외")


executor = ThreadPoolExecutor(max_workers=1)
first = executor.submit(blocker)
started.wait()  # 하나뿐인 일꾼이 blocker를 잡았다
rest = [executor.submit(broken) for _ in range(3)]  # 나머지는 큐에서 기다린다
print("first.done():", first.done(), "/ rest[0].running():", rest[0].running())
executor.shutdown(wait=False, cancel_futures=True)  # 아직 시작하지 않은 일은 취소한다
print("cancelled():", [f.cancelled() for f in rest])
gate.set()
print("first.result():", first.result())
executor.shutdown()  # 일꾼이 끝나기를 기다린다

with ThreadPoolExecutor() as executor:
    future = executor.submit(broken)
    try:
        future.result()  # 일이 던진 예외를 여기서 다시 던진다
    except ValueError as e:
        print("result()가 다시 던졌다:", repr(e))
    print("exception():", repr(future.exception()))
