class Student:
    def __init__(self, name):
        self._name = name

    def __str__(self):
        return f"학생 {self._name}"

    def __del__(self):
        print(f"__del__ {self._name}")


def graduate(student):
    print(f"{student} 졸업")


student1 = Student("철수")
graduate(student1)  # 함수에 넘겨도 이 이름은 그대로 남는다
print(student1)
del student1
print(student1)  # 이름이 없다: 실행해 봐야 안다
