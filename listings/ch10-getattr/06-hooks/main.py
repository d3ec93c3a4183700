class Record:
    """필드를 딕셔너리에 담아 두고, 어트리뷰트처럼 읽고 쓰게 하는 객체."""

    def __init__(self, **fields):
        # self._fields = ... 라고 쓰면 아래의 __setattr__가 불린다: object의 것을 직접 부른다
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, name):
        # 보통의 찾기(인스턴스 __dict__, 클래스…)가 실패했을 때만 불린다
        print(f"  __getattr__({name!r})")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record에 {name!r} 필드가 없다") from None

    def __setattr__(self, name, value):
        # 모든 대입이 여기를 지난다: 검사를 넣을 수 있다
        print(f"  __setattr__({name!r}, {value!r})")
        if not isinstance(value, int):
            raise TypeError(f"{name}에는 정수만 넣는다: {value!r}")
        self._fields[name] = value

    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        del self._fields[name]


r = Record(age=20)
print(r.age)
r.age = 21
r.score = 90  # 없던 이름도 __setattr__를 거친다
print(r._fields)  # _fields는 인스턴스 __dict__에 있으니 __getattr__를 부르지 않는다
try:
    r.age = "스물"
except TypeError as e:
    print("TypeError:", e)
del r.score
print(hasattr(r, "score"), getattr(r, "score", "없음"))


class Traced:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        # 점으로 읽는 모든 것이 여기를 지난다: 메서드도, 있는 어트리뷰트도
        print(f"  __getattribute__({name!r})")
        return object.__getattribute__(self, name)

    def double(self):
        return self.x * 2


t = Traced()
print(t.double())
