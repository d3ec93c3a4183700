from collections import namedtuple
from typing import NamedTuple


# 클래스 문법: 필드마다 타입 어노테이션을 붙이고, 기본값도 줄 수 있다
class Point(NamedTuple):
    x: int
    y: int = 0


print(Point(10), Point(10, 35), Point._fields, Point._field_defaults)
print(Point.__annotations__)
# 어노테이션은 검사되지 않는다(4장): 문자열도 그대로 들어간다
print(Point("열", "삼십오"))

# 함수 문법에서는 defaults=로 기본값을 준다: 오른쪽 필드부터 채운다
Point3 = namedtuple("Point3", "x y z", defaults=[0, 0])
print(Point3(1), Point3._field_defaults)
# 어느 쪽이든 결과는 튜플이다
print(isinstance(Point(1, 2), tuple), Point(1, 2) == (1, 2))
