import sys


class Vector:
    def __init__(self, x, y):
        self._x, self._y = x, y

    def __repr__(self):
        return f"Vector({self._x}, {self._y})"

    def __mul__(self, k):
        return Vector(self._x * k, self._y * k)


big = 2**63 - 1  # 러스트 i64의 최댓값
# int는 넘치지 않는다: 필요한 만큼 자릿수가 늘어날 뿐
print(Vector(big, 1) * 2)
print((big * 2).bit_length(), sys.maxsize == big)

# 0으로 나누면 정수든 실수든 ZeroDivisionError
for a, b in [(7, 2), (7.0, 0.0), (7, 0)]:
    try:
        print(a / b, a // b)
    except ZeroDivisionError as e:
        print(f"ZeroDivisionError({a!r} / {b!r}):", e)
