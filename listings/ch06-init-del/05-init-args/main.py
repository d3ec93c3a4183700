class Transfer:
    # 인자를 생략할 수 있게 하려면 기본값을 준다. 가변 객체({})는 기본값으로 두지 않는다
    def __init__(self, name="전학생", details=None):
        self._name = name
        self._details = {} if details is None else details


class Student:
    student_count = 0

    def __init__(self, name, details):
        self._name = name
        self._details = details
        Student.student_count += 1

    def __del__(self):
        Student.student_count -= 1


transfer = Transfer()
print(transfer._name, transfer._details)

student1 = Student("철수", {"school": "inha", "grade": 1})
print(Student.student_count)
try:
    student2 = Student()  # __init__이 받는 인자를 빠뜨렸다: 실행해 봐야 안다
except TypeError as e:
    print(e)
# 객체는 __init__보다 먼저(__new__에서) 만들어진다. __init__이 실패해도 그 객체는 __del__을 거친다
print(Student.student_count)
