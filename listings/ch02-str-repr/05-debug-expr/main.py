class Student:
    def __init__(self, name, grade):
        self._name = name
        self._grade = grade

    def __repr__(self):
        return f"Student({self._name!r}, {self._grade})"


student1 = Student("철수", 1)
grade = 2
# 3.8부터: {식=}은 식의 글자와 그 값의 repr()을 함께 찍는다
print(f"{grade=}")
print(f"{student1=}")
print(f"{grade + 1 = }")  # = 앞뒤의 공백도 그대로 찍힌다
print(f"{student1._name=!s}")  # !s를 붙이면 repr() 대신 str()
