from functools import total_ordering


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


# __eq__가 없으면 == 는 is 와 같다: 같은 객체인가?
print(Point(1, 2) == Point(1, 2))
try:
    Point(1, 2) < Point(3, 4)
except TypeError as e:
    print("TypeError:", e)


@total_ordering  # __eq__와 __lt__만 쓰면 나머지 비교를 채워 준다
class Version:
    def __init__(self, major, minor, patch):
        self.major, self.minor, self.patch = major, minor, patch

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __repr__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


versions = [Version(1, 10, 0), Version(1, 2, 3), Version(0, 9, 9)]
print(sorted(versions))
print(max(versions))
print(Version(1, 2, 3) == Version(1, 2, 3), Version(1, 2, 3) != Version(1, 2, 4))
print(Version(1, 2, 3) >= Version(1, 2, 0))

# __eq__를 정의하면 __hash__는 None이 된다
try:
    print({Version(1, 2, 3)})
except TypeError as e:
    print("TypeError:", e)
