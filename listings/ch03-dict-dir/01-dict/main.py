class Student:
    student_count = 0

    def __init__(self, name, details):
        self._name = name
        self._details = details
        Student.student_count += 1

    def __str__(self):
        return "str : {} - {}".format(self._name, self._details)

    def __repr__(self):
        return "repr : {} - {}".format(self._name, self._details)

    def __del__(self):
        Student.student_count -= 1


student1 = Student("철수", {"school": "inha", "grade": 1, "number": "010-1111-1111"})
student2 = Student("짱구", {"school": "inha", "grade": 2, "number": "010-2222-2222"})

print(student1.__dict__)
# vars()는 같은 딕셔너리를 돌려주는 내장 함수다: 사본이 아니라 바로 그 객체
print(vars(student1) is student1.__dict__)

# 클래스 변수는 인스턴스의 __dict__가 아니라 클래스의 __dict__에 있다
print("student_count" in student1.__dict__, "student_count" in Student.__dict__)
print(Student.__dict__["student_count"])
