from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(10, 35)

# 튜플이므로 인덱스와 언패킹이 된다
print(p[0], p[1], len(p))
# 딕셔너리는 아니다: 이름으로 읽으려면 p.x, 문자열 키는 통하지 않는다
try:
    p["x"]
except TypeError as e:
    print("TypeError:", e)
x, y = p
print(x, y)
# 비교도 튜플로서 한다: 같은 값의 그냥 튜플과 같다
print(p == (10, 35))

# 값을 바꾼 새 튜플, 딕셔너리로, 리스트에서
print(p._replace(y=0))
print(p._asdict())
print(Point._make([1, 2]))

# 패턴 매칭 (3.10+)
for q in [Point(0, 5), Point(3, 7), Point(9, 2)]:
    match q:
        case Point(x=0):
            print(q, "y축 위")
        case Point(x, y) if x < y:
            print(q, "x < y")
        case _:
            print(q, "그 밖")

# 튜플이므로 바꿀 수 없다
try:
    p.x = 99
except AttributeError as e:
    print("AttributeError:", e)
