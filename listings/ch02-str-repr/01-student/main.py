class Student:
    def __init__(self, name, details):
        self._name = name
        self._details = details

    def __str__(self):
        return "str : {} - {}".format(self._name, self._details)

    def __repr__(self):
        return "repr : {} - {}".format(self._name, self._details)


student1 = Student("철수", {"school": "inha", "grade": 1, "number": "010-1111-1111"})
print(student1)  # print()는 str()을 부른다 → __str__
print(repr(student1))  # repr()은 __str__이 있어도 __repr__
print(f"{student1}")  # f-string의 {}도 str()
print(f"{student1!r}")  # !r을 붙이면 repr()
