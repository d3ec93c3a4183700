class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def diameter(self):  # 메서드지만 괄호 없이 어트리뷰트처럼 읽는다
        return self.radius * 2

    @diameter.setter
    def diameter(self, value):  # c.diameter = 10 도 이 메서드를 부른다
        if value <= 0:
            raise ValueError(f"지름은 양수여야 한다: {value}")
        self.radius = value / 2


c = Circle(3)
print(c.diameter)
c.diameter = 10
print(c.radius, vars(c))  # diameter는 인스턴스에 없다: 클래스의 property다
try:
    c.diameter = -1
except ValueError as e:
    print("ValueError:", e)


class Sensor:
    def __init__(self):
        self._reading = 215  # 0.1도 단위

    @property
    def celsius(self):
        return self._raeding / 10  # 오타: _reading

    @property
    def status(self):
        raise RuntimeError("센서가 응답하지 않는다")


s = Sensor()
# hasattr는 property를 실제로 실행해 본다. 안에서 난 AttributeError도 "없다"로 삼켜 버린다
print(hasattr(s, "celsius"), "celsius" in dir(s))
# AttributeError가 아닌 예외는 hasattr를 뚫고 나온다
try:
    hasattr(s, "status")
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.celsius)  # 직접 읽어야 진짜 원인이 보인다
