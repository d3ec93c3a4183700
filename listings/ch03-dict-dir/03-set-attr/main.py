class Student:
    def __init__(self, name, grade):
        self._name = name
        self._grade = grade


student1 = Student("철수", 1)

student1._nmae = "맹구"  # 오타: 에러 없이 새 인스턴스 어트리뷰트가 생긴다
print(student1.__dict__)
print(student1._name)

student1.__dict__["_name"] = "맹구"  # __dict__는 사본이 아니라 저장소 그 자체다
print(student1._name)

# 문자열 이름으로도 쓸 수 있고, 값의 타입은 아무도 묻지 않는다
setattr(student1, "_grade", "이")
print(student1.__dict__)
