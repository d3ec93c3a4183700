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

print(dir(student1))

# object에게서 물려받은 이름을 빼면 이 클래스와 인스턴스가 보탠 이름만 남는다
print(sorted(set(dir(student1)) - set(dir(object))))

# 3.13부터 컴파일러가 클래스마다 넣어 두는 두 이름 (3.12까지는 없으니 None)
print(vars(Student).get("__static_attributes__"), vars(Student).get("__firstlineno__"))
