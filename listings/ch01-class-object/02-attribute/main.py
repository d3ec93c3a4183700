class Bungeoppang:
    shape = "물고기"  # 클래스 어트리뷰트: 틀에 붙어 있어 모든 붕어빵이 같이 본다

    def __init__(self, filling):
        self.filling = filling  # 인스턴스 어트리뷰트: 붕어빵마다 따로 있다

    def describe(self):  # 메서드도 클래스 어트리뷰트다
        return f"{self.filling} 붕어빵 ({self.shape} 모양)"


bbang = Bungeoppang("팥")
print(bbang.filling)
print(bbang.shape)
print(bbang.describe())
print(Bungeoppang.describe(bbang))  # 위 줄과 같은 호출: bbang이 self로 들어간다

# 점(.) 뒤의 이름은 모두 어트리뷰트다. 찾는 일은 실행 중에 일어난다
print(type(bbang.describe).__name__, type(Bungeoppang.describe).__name__)
print(bbang.filing)  # 오타: 실행해 봐야 안다
