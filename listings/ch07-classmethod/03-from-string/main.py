class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    def __repr__(self):
        return f"Date({self.year}, {self.month}, {self.day})"

    @classmethod
    def from_string(cls, text):
        # 또 하나의 생성자: cls를 부르므로 하위 클래스에서도 그 클래스를 만든다
        year, month, day = map(int, text.split("-"))
        return cls(year, month, day)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


class KoreanDate(Date):
    def __repr__(self):
        return f"{self.year}년 {self.month}월 {self.day}일"


print(Date.from_string("2024-02-29"))
print(KoreanDate.from_string("2024-02-29"))
print(Date.is_leap(2024), Date.is_leap(1900))

for text in ["2024/02/29", "2024-02-xx"]:
    try:
        Date.from_string(text)
    except ValueError as e:
        print("ValueError:", e)
