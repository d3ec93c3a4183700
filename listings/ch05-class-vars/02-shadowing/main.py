class Student:
    student_count = 0
    names = []  # 바뀌는 값을 클래스 변수로 두면 모든 인스턴스가 같은 리스트를 본다

    def __init__(self, name):
        self.name = name
        Student.student_count += 1
        self.names.append(name)  # self로 읽었지만 클래스의 리스트를 고친다


student1 = Student("철수")
student2 = Student("짱구")
print(Student.student_count, Student.names, student1.names is student2.names)

# 인스턴스를 통해 대입하면 클래스 변수가 바뀌지 않는다: 같은 이름의 인스턴스 변수가 생긴다
student1.student_count = 100
print(student1.student_count, student2.student_count, Student.student_count)
print(student1.__dict__)

del student1.student_count  # 인스턴스 변수를 지우면 다시 클래스 변수가 보인다
print(student1.student_count)


class BuggyStudent:
    student_count = 0

    def __init__(self, name):
        self.name = name
        self.student_count += 1  # 클래스 변수 0을 읽어 인스턴스 변수 1을 만든다


buggy1 = BuggyStudent("철수")
buggy2 = BuggyStudent("짱구")
print(buggy1.student_count, buggy2.student_count, BuggyStudent.student_count)
