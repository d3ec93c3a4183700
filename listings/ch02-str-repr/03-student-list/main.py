class Student:
    def __init__(self, name, details):
        self._name = name
        self._details = details

    def __str__(self):
        return "str : {} - {}".format(self._name, self._details)

    def __repr__(self):
        return "repr : {} - {}".format(self._name, self._details)


student_list = []

student1 = Student("철수", {"school": "inha", "grade": 1, "number": "010-1111-1111"})
student2 = Student("짱구", {"school": "inha", "grade": 2, "number": "010-2222-2222"})
student3 = Student("훈이", {"school": "inha", "grade": 1, "number": "010-3333-3333"})

student_list.append(student1)
student_list.append(student2)
student_list.append(student3)

print(student_list)

for x in student_list:
    print(x)
