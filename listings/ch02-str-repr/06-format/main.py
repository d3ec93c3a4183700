class Money:
    def __init__(self, won):
        self._won = won

    def __str__(self):
        return f"{self._won:,}원"

    def __format__(self, spec):
        # spec은 f"{price:>15}"의 콜론 뒤 ">15": 폭과 정렬은 str의 규칙에 맡긴다
        return format(str(self), spec)


class Plain:
    def __str__(self):
        return "평범"


price = Money(1234567)
print(f"[{price}]")
print(f"[{price:>15}]")
print(f"[{price:*^15}]")
print(f"[{price:.9}]")  # 문자열의 정밀도는 자르기: 앞의 9글자
print(f"[{Plain()}]")
try:
    print(f"[{Plain():>10}]")  # __format__이 없으면 object.__format__: 빈 spec만 받는다
except TypeError as e:
    print("TypeError:", e)
