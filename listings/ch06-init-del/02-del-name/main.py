class Student:
    student_count = 0

    def __init__(self, name):
        self._name = name
        Student.student_count += 1
        print(f"__init__ {name} (학생 수 {Student.student_count})")

    def __del__(self):
        Student.student_count -= 1
        print(f"__del__ {self._name} (학생 수 {Student.student_count})")


student1 = Student("철수")
alias = student1  # 같은 객체에 이름이 하나 더 붙는다
del student1  # 이름 하나가 사라질 뿐: 객체는 alias가 아직 붙잡고 있다
print("del student1 다음")
del alias  # 마지막 참조가 사라지는 순간 __del__
print("del alias 다음")

student = Student("맹구")
student = Student("유리")  # 다시 대입하면 이전 객체의 참조가 끊긴다
print("다시 대입한 다음:", student._name)


def enroll():
    a = Student("짱구")
    b = Student("훈이")
    print("enroll 끝")


enroll()  # 함수가 끝나면 지역 변수가 정리된다. 순서는 CPython 구현이 정한다
print("enroll 다음")
Student("흰둥이")  # 이름을 붙이지 않은 객체는 그 줄이 끝나기 전에 사라진다
del student
print("끝")
