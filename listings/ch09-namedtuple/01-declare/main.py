# 네임드 튜플 사용
from collections import namedtuple

# 네임드 튜플 선언 방법
Point1 = namedtuple("Point", ["x", "y"])
Point2 = namedtuple("Point", "x, y")
Point3 = namedtuple("Point", "x y")
# rename=True: 겹치거나 쓸 수 없는 이름을 _위치 로 바꾼다 (기본값 False면 ValueError)
Point4 = namedtuple("Point", "x y x class", rename=True)


# 출력
print(Point1, Point2, Point3, Point4)

# Dict to Unpacking
temp_dict = {"x": 75, "y": 55}
temp = [52, 38]

p1 = Point1(x=10, y=35)
p2 = Point2(20, 40)
p3 = Point3(45, y=20)
p4 = Point4(10, 20, 30, 40)
p5 = Point3(**temp_dict)
p6 = Point3(*temp)

print(p1, p2, p3, p4, p5, p6)
print(p1.x, p1.y)
