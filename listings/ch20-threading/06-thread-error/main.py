import threading


def compute(name):
    return 6 * 7  # 이 값은 아무도 받을 수 없다


def broken(name):
    raise ValueError(f"{name}: 잘못된 값")


if __name__ == "__main__":
    x = threading.Thread(target=compute, args=("First",), name="First")
    y = threading.Thread(target=broken, args=("Second",), name="Second")
    z = threading.Thread(target=broken, args=("Third",))

    x.start()
    print("x.join() ->", x.join())
    y.start()
    print("y.join() ->", y.join())
    z.start()
    print("z.join() ->", z.join())
    print(f"이름: {x.name}, {y.name}, {z.name}")
    print("메인 스레드는 계속 간다")
