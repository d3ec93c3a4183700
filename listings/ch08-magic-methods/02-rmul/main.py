class Vector:
    def __init__(self, x, y):
        self._x, self._y = x, y

    def __repr__(self):
        return "Vector(%r, %r)" % (self._x, self._y)

    def __mul__(self, k):
        return Vector(self._x * k, self._y * k)


class RVector(Vector):
    def __rmul__(self, k):
        # k * self 에서 int.__mul__이 NotImplemented를 돌려주면 파이썬이 이것을 부른다
        return self * k


v = Vector(5, 7)
print(v * 3)
try:
    print(3 * v)
except TypeError as e:
    print("TypeError:", e)

print(3 * RVector(5, 7))


class CheckedVector(Vector):
    def __mul__(self, k):
        # 모르는 타입이면 계산하지 않고 NotImplemented를 돌려준다: 파이썬이 상대에게 묻고,
        # 상대도 모르면 연산자 줄에서 TypeError를 낸다
        if not isinstance(k, int):
            return NotImplemented
        return super().__mul__(k)


try:
    print(CheckedVector(5, 7) * CheckedVector(1, 1))
except TypeError as e:
    print("TypeError:", e)

print(v * v)
