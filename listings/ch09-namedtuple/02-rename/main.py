from collections import namedtuple

# rename=False(기본값)면 쓸 수 없는 이름은 ValueError: 실행해 봐야 안다
for fields in ["x y x", "x y class", "x _y"]:
    try:
        namedtuple("Point", fields)
    except ValueError as e:
        print("ValueError:", e)

# rename=True면 쓸 수 없는 이름이 조용히 _위치 로 바뀐다
Point4 = namedtuple("Point", "x y x class", rename=True)
print(Point4._fields)
p4 = Point4(10, 20, 30, 40)
print(p4.x, p4.y, p4._2, p4._3)

# 파이썬의 관례: 예약어와 겹치면 뒤에 _ 를 붙인다
Element = namedtuple("Element", "tag class_ type_")
print(Element("input", "box", "text"))
