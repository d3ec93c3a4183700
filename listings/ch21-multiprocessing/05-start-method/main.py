import multiprocessing as mp
import threading
import warnings

# 모듈의 맨 위: 부모에서 한 번, 그리고 spawn과 forkserver의 자식에서 또 한 번 실행된다
print(f"모듈의 맨 위: __name__ = {__name__!r}")


def child(method, go):
    go.wait()  # 부모의 줄이 다 찍힌 뒤에 찍는다
    print(f"  자식({method}): __name__ = {__name__!r}")


def run(ctx, method):
    go = ctx.Event()
    p = ctx.Process(target=child, args=(method, go))
    p.start()
    go.set()
    p.join()


if __name__ == "__main__":
    print("기본 시작 방식:", mp.get_start_method())
    print("고를 수 있는 것:", mp.get_all_start_methods())
    for method in ["fork", "spawn", "forkserver"]:
        print(f"get_context({method!r}):")
        run(mp.get_context(method), method)

    print("스레드가 도는 중에 fork:")
    stop = threading.Event()
    waiter = threading.Thread(target=stop.wait)
    waiter.start()
    # 다른 모듈에서 난 DeprecationWarning은 기본 설정에서 숨겨진다: 보이게 한다
    warnings.simplefilter("default", DeprecationWarning)
    run(mp.get_context("fork"), "fork")
    stop.set()
    waiter.join()

    try:
        mp.set_start_method(
            "spawn"
        )  # 기본값은 프로그램에서 한 번만, 무엇보다 먼저 정한다
    except RuntimeError as e:
        print("set_start_method('spawn'):", e)
