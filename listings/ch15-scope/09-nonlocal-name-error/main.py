def a_func():
    a = 20

    def b_func():
        nonlocal a
        a = a + 10  # nonlocal을 통해 b_func 바로 바깥 함수인 a_func의 지역변수 a 변경
        print(f"b_func안에서의 a값 : {a}")  # 30

    b_func()
    print(f"b_func밖에서의 a값 : {a}")  # 30


a_func()
# a_func() 밖에서는 a라는 변수가 없기 때문에 오류 발생
print(f"a_func밖에서의 a값 : {a}")
