import sys


class Bungeoppang:
    """붕어빵 틀: 모양은 같고 속만 다른 붕어빵을 찍어 낸다."""

    def __init__(self, filling):
        self.filling = filling


red_bean = Bungeoppang("팥")
choux = Bungeoppang("슈크림")

# 인스턴스는 "어느 클래스로 만든 객체인가"라는 관계를 말하는 이름이다
print(isinstance(red_bean, Bungeoppang))
print(type(red_bean) is Bungeoppang, type(red_bean).__name__)

# 같은 틀로 찍었어도 서로 다른 객체다: 정체성(id)이 다르다
print(red_bean is choux, id(red_bean) == id(choux))
same = red_bean  # 객체를 새로 만들지 않는다: 이름이 하나 더 붙을 뿐
print(same is red_bean, id(same) == id(red_bean))

# 속이 같아도 다른 객체다. ==도 따로 정의하지 않으면 정체성을 비교한다
print(Bungeoppang("팥") == Bungeoppang("팥"))

# 파이썬에서는 모든 값이 객체다: 정수도, 문자열도, 함수도, 클래스 자신도
for value in [42, "팥", print, Bungeoppang, red_bean]:
    print(type(value).__name__, isinstance(value, object))

# 42는 int의 인스턴스이고, 클래스 Bungeoppang은 type의 인스턴스다
print(isinstance(42, int), isinstance(Bungeoppang, type))
# 객체이니 머리(참조 카운트, 타입 포인터)가 붙는다: 정수 42 하나가 28바이트
print(sys.getsizeof(42))
