from dataclasses import FrozenInstanceError, dataclass, field


@dataclass
class Student:
    name: str
    grade: int = 1
    tags: list[str] = field(default_factory=list)  # 가변 기본값은 팩토리로 만든다


s1 = Student("철수")
s2 = Student("철수")
print(s1)  # __repr__을 만들어 준다
print(s1 == s2, s1 is s2)  # __eq__: 필드끼리 비교한다
s1.grade = 2  # 기본은 바꿀 수 있다
print(s1, Student.__hash__)  # eq만 있고 frozen이 아니면 해시가 없다(8장)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9, 9)]
print(sorted(versions))  # order=True: 필드 순서대로 사전식 비교
print(
    Version(1, 2) < Version(1, 10), {Version(1, 2)}
)  # frozen과 eq가 함께면 해시도 생긴다
try:
    versions[0].major = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass(frozen=True, order=True)
class Date:
    year: int
    month: int


try:
    print(Version(2024, 1) < Date(2024, 1))  # 다른 클래스끼리는 비교하지 않는다
except TypeError as e:
    print("TypeError:", e)
