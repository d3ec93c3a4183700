import gc
import weakref

gc.disable()  # 예제가 흔들리지 않도록 자동 수집을 끄고 필요할 때 직접 부른다


class Student:
    def __init__(self, name):
        self._name = name
        self.best_friend = None  # 강한 참조
        self.classmate = None  # 약한 참조를 둘 자리
        print(f"__init__ {name}")

    def __del__(self):
        print(f"__del__ {self._name}")


cheolsu = Student("철수")
jjanggu = Student("짱구")
cheolsu.best_friend = jjanggu
jjanggu.best_friend = cheolsu  # 서로를 붙잡는다: 참조 카운트가 0이 되지 않는다
del cheolsu, jjanggu
print("del 다음: 아무도 사라지지 않았다")
gc.collect()  # 순환 참조는 참조 카운트가 아니라 가비지 컬렉터가 거둔다
print("gc.collect() 다음")

hooni = Student("훈이")
maenggu = Student("맹구")
hooni.classmate = weakref.ref(maenggu)  # 약한 참조는 카운트를 올리지 않는다
maenggu.classmate = weakref.ref(hooni)
print(f"{hooni._name}의 짝: {hooni.classmate()._name}")
del hooni, maenggu
print("끝")
