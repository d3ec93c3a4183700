class Student:
    def __init__(self, name, details):
        self._name = name
        self._details = details

    def __str__(self):
        return "str : {} - {}".format(self._name, self._details)

    def __repr__(self):
        return "repr : {} - {}".format(self._name, self._details)


student_list = [
    Student("철수", {"school": "inha", "grade": 1, "number": "010-1111-1111"}),
    Student("짱구", {"school": "inha", "grade": 2, "number": "010-2222-2222"}),
]

# 1) 원소마다 str()을 불러 직접 이어 붙인다
print(", ".join(str(x) for x in student_list))
# 2) 대괄호까지 직접 쓰면 "str로 찍은 리스트"가 된다
print("[" + ", ".join(map(str, student_list)) + "]")
# 3) 한 줄에 하나씩: print가 원소마다 str()을 부른다
print(*student_list, sep="\n")
