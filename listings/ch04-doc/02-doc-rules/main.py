class Student:
    """학생 한 명의 이름과 세부 정보."""

    def __init__(self, name):
        self.name = name


def no_doc():
    pass


def late_doc():
    x = 1
    """첫 문장이 아니면 docstring이 아니다: 계산하고 버리는 문자열 식일 뿐"""
    return x


student1 = Student("철수")
print(Student.__doc__)
print(student1.__doc__)  # 인스턴스를 거쳐 클래스 어트리뷰트를 읽는다
print("__doc__" in student1.__dict__, "__doc__" in Student.__dict__)
print(no_doc.__doc__, late_doc.__doc__, Student.__init__.__doc__)

Student.__doc__ = "실행 중에 바꿀 수도 있다"  # 여느 어트리뷰트와 같다
print(student1.__doc__)
