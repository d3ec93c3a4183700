import operator

# operator 모듈의 함수에 매직 메서드 이름을 붙인다.
# operator.lt(x, y)는 x < y와 똑같이 동작한다: 곧 x.__lt__(y)를 부른다.
__lt__ = operator.lt
__le__ = operator.le
__eq__ = operator.eq
__ne__ = operator.ne
__gt__ = operator.gt
__ge__ = operator.ge
__add__ = operator.add
__sub__ = operator.sub
__mul__ = operator.mul
__matmul__ = operator.matmul
__truediv__ = operator.truediv
__floordiv__ = operator.floordiv
__mod__ = operator.mod
__pow__ = operator.pow
__lshift__ = operator.lshift
__rshift__ = operator.rshift
__and__ = operator.and_
__xor__ = operator.xor
__or__ = operator.or_
__divmod__ = divmod  # divmod는 operator 모듈이 아니라 내장 함수다


class Probe:
    """어떤 매직 메서드가 불렸는지 출력하고, 그 연산을 식으로 적은 문자열을 돌려준다."""

    def __init__(self, name):
        self.name = name

    def _ran(self, method, other, op):
        print(f"{self.name}.{method}({other.name})")
        return f"{self.name} {op} {other.name}"

    def __lt__(self, other):
        return self._ran("__lt__", other, "<")

    def __le__(self, other):
        return self._ran("__le__", other, "<=")

    def __eq__(self, other):
        return self._ran("__eq__", other, "==")

    def __ne__(self, other):
        return self._ran("__ne__", other, "!=")

    def __gt__(self, other):
        return self._ran("__gt__", other, ">")

    def __ge__(self, other):
        return self._ran("__ge__", other, ">=")

    def __add__(self, other):
        return self._ran("__add__", other, "+")

    def __sub__(self, other):
        return self._ran("__sub__", other, "-")

    def __mul__(self, other):
        return self._ran("__mul__", other, "*")

    def __matmul__(self, other):
        return self._ran("__matmul__", other, "@")

    def __truediv__(self, other):
        return self._ran("__truediv__", other, "/")

    def __floordiv__(self, other):
        return self._ran("__floordiv__", other, "//")

    def __mod__(self, other):
        return self._ran("__mod__", other, "%")

    def __divmod__(self, other):
        print(f"{self.name}.__divmod__({other.name})")
        return f"divmod({self.name}, {other.name})"

    def __pow__(self, other):
        return self._ran("__pow__", other, "**")

    def __lshift__(self, other):
        return self._ran("__lshift__", other, "<<")

    def __rshift__(self, other):
        return self._ran("__rshift__", other, ">>")

    def __and__(self, other):
        return self._ran("__and__", other, "&")

    def __xor__(self, other):
        return self._ran("__xor__", other, "^")

    def __or__(self, other):
        return self._ran("__or__", other, "|")


# 노트의 20줄이 그대로 실행되는 문장이다. 여기서 __lt__ 등은 위에서 가져온 operator 함수다.
def demo(self, other):
    __lt__(self, other)  # self<other
    __le__(self, other)  # self<=other
    __eq__(self, other)  # self==other
    __ne__(self, other)  # self!=other
    __gt__(self, other)  # self>other
    __ge__(self, other)  # self>=other
    __add__(self, other)  # self+other
    __sub__(self, other)  # self-other
    __mul__(self, other)  # self*other
    __matmul__(self, other)  # self@other
    __truediv__(self, other)  # self/other
    __floordiv__(self, other)  # self//other
    __mod__(self, other)  # self%other
    __divmod__(self, other)  # divmod(self,other)
    __pow__(self, other)  # self**other
    __lshift__(self, other)  # self<<other
    __rshift__(self, other)  # self>>other
    __and__(self, other)  # self&other
    __xor__(self, other)  # self^other
    __or__(self, other)  # self|other


print(__lt__, __lt__ is operator.__lt__)

a, b = Probe("a"), Probe("b")
print("--- operator 함수로")
demo(a, b)

print("--- 연산자로")
print(repr(a < b))
print(repr(a @ b))
print(repr(divmod(a, b)))
