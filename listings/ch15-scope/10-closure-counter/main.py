a = 10


def a_func():
    a = 20

    def b_func():
        nonlocal a
        a = a + 10  # nonlocal을 통해 b_func 바로 바깥 함수인 a_func의 지역변수 a 변경
        return a

    print(f"a_func의 시작시점의 a값 : {a}")
    return b_func


c = a_func()
print(c())  # b_func 실행 20->30
print(c())  # b_func 실행 30->40
d = a_func()  # 다시 함수를 선언했기때문에 d에서는 a가 20부터 시작
print(c())  # b_func 실행 40->50

print(f"a_func밖에서의 a값 : {a}")  # 10
