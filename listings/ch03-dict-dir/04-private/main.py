class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance  # 밑줄 하나: "클래스 안에서만 쓰자"는 약속
        self.__pin = "0000"  # 밑줄 둘: 이름이 _Account__pin으로 바뀐다

    def balance(self):
        return self._balance

    def check_pin(self, pin):
        return pin == self.__pin  # 클래스 안에서는 __pin으로 부른다


acct = Account("철수", 1000)
print(acct.balance())
acct._balance = 1_000_000  # 약속일 뿐: 막는 장치는 없다
print(acct.balance())
print(acct.__dict__)
try:
    print(acct.__pin)
except AttributeError as e:
    print("AttributeError:", e)
print(acct._Account__pin, acct.check_pin("0000"))  # 바뀐 이름을 알면 밖에서도 닿는다
