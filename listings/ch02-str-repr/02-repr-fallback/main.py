class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "OnlyStr의 __str__"


print(OnlyRepr())  # __str__이 없으면 object.__str__이 __repr__을 부른다
print(str(OnlyRepr()))
print(OnlyStr())
print([OnlyStr()])  # 리스트는 원소의 repr()을 쓴다: 기본 __repr__이 나온다
