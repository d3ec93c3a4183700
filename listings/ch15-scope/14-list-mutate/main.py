a = [10]


def a_func():
    a.append(20)
    del a[0]
    print(f"a_func안에서의 a값 : {a}")


a_func()
print(f"a_func밖에서의 a값 : {a}")


def b_func():
    try:
        # +=는 리스트를 제자리에서 고치지만, 이름 a에 다시 대입하는 문장이기도 하다
        a += [30]
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


b_func()
