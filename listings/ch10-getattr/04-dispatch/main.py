class Calculator:
    def add(self, a, b):
        return a + b

    def sub(self, a, b):
        return a - b


calc = Calculator()
# 이름(문자열)으로 메서드를 찾아 부른다
for op in ["add", "sub", "mul", "__class__"]:
    method = getattr(calc, op, None)
    if method is None:
        print(op, "은(는) 없는 연산")
    else:
        print(op, method(7, 3))
