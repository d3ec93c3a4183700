class cls:
    a = 1

    def b(self):
        pass


print(getattr(cls, "a"))
setattr(cls, "a", 9)
print(getattr(cls, "a"))

# 없는 이름: 기본값을 주면 기본값, 아니면 AttributeError
print(getattr(cls, "z", 0))
try:
    getattr(cls, "z")
except AttributeError as e:
    print("AttributeError:", e)

# 없던 어트리뷰트도 setattr로 생긴다
setattr(cls, "z", 3)
print(cls.z)
