class cls:
    a = 1

    def b(self):
        pass


# cls에 b라는 멤버가 있는지 확인
print(hasattr(cls, "a"))
print(hasattr(cls, "b"))
print(hasattr(cls, "c"))
# 인스턴스에서도 클래스 어트리뷰트가 보인다
print(hasattr(cls(), "a"))
