class Student:
    student_count = 0
    tuition = 1000000

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

    @classmethod
    def change_tuition(cls, price):
        cls.tuition = price

    @staticmethod
    def is_valid_price(price):
        # 클래스도 인스턴스도 쓰지 않는, 클래스 안에 둔 보통 함수
        return 0 < price <= 10000000


student1 = Student("철수", {"school": "inha", "grade": 1, "number": "010-1111-1111"})
student2 = Student("짱구", {"school": "inha", "grade": 2, "number": "010-2222-2222"})

print(Student.tuition)
Student.change_tuition(2000000)
print(Student.tuition)

print(Student.student_count)
print(Student.is_valid_price(2000000), Student.is_valid_price(-1))
print(student1.tuition, student1.is_valid_price(0))

del student2  # CPython은 참조가 사라지는 즉시 __del__을 부른다
print(Student.student_count)
print(student1)
