class Duck:
    def quack(self):
        return "꽥꽥"


class Robot:
    def quack(self):
        return "삐- 꽥"


class Cat:
    pass


# 오리처럼 꽥 하면 오리로 친다: 타입 대신 어트리뷰트가 있는지를 본다
for thing in [Duck(), Robot(), Cat()]:
    if hasattr(thing, "quack"):
        print(type(thing).__name__, thing.quack())
    else:
        print(type(thing).__name__, "은(는) 꽥 못 함")

# 확인 없이 부르면 실행 중에 AttributeError
print(Cat().quack())
