a = 10


def a_func():
    a = 20

    def b_func():
        nonlocal a
        a = a + 10  # nonlocal을 통해 b_func 바로 바깥 함수인 a_func의 지역변수 a 변경
        print(f"b_func안에서의 a값 : {a}")  # 30

    b_func()
    print(f"b_func밖에서의 a값 : {a}")  # 30


a_func()
# 10 (a_func의 지역변수인 a는 지역변수로서 의미가 있음)
print(f"a_func밖에서의 a값 : {a}")
