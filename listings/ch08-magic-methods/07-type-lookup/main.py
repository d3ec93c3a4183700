class Vector:
    def __init__(self, x, y):
        self._x, self._y = x, y

    def __repr__(self):
        return f"Vector({self._x}, {self._y})"

    def __add__(self, other):
        return Vector(self._x + other._x, self._y + other._y)

    def __len__(self):
        return 2


v = Vector(1, 2)
# 인스턴스에 같은 이름을 붙이면, 이름으로 부를 때는 그것이 불린다
v.__add__ = lambda other: "인스턴스의 __add__"
v.__len__ = lambda: 99
print(v.__add__(v), v.__len__())
# 연산자와 내장 함수는 인스턴스를 건너뛰고 타입(클래스)에서 찾는다
print(v + v, len(v))
print(sorted(vars(v)))

# 클래스를 고치면 이미 있던 인스턴스의 + 도 바뀐다
Vector.__add__ = lambda self, other: "클래스의 __add__"
print(v + v)
