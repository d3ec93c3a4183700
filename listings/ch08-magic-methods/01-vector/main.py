class Vector(object):
    def __init__(self, *args):
        """Create a vector, example : v = Vector(5,10)"""
        if len(args) == 0:
            self._x, self._y = 0, 0
        else:
            self._x, self._y = args

    def __repr__(self):
        """Returns the vector infomations"""
        return "Vector(%r, %r)" % (self._x, self._y)

    def __add__(self, other):
        """Returns the vector addition of self and other"""
        return Vector(self._x + other._x, self._y + other._y)

    def __mul__(self, y):
        return Vector(self._x * y, self._y * y)

    def __bool__(self):
        return bool(max(self._x, self._y))


# Vector 인스턴스 생성
v1 = Vector(5, 7)
v2 = Vector(23, 35)
v3 = Vector()

# 매직메소드 미사용 (매번 연산할때마다 번거로움)
print("매직메소드 미사용 : ", Vector(v1._x + v2._x, v1._y + v2._y))


# 매직메소드 출력
print(Vector.__init__.__doc__)
print(Vector.__repr__.__doc__)
print(Vector.__add__.__doc__)
print(v1, v2, v3)
print(v1 + v2)
print(v1 * 3)
print(v2 * 10)
print(bool(v1), bool(v2))
print(bool(v3))

# 노트의 __bool__은 음수 성분에서 틀린다: 영벡터가 아닌데 False
print(bool(Vector(-3, 0)))
