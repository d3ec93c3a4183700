class Averager:
    def __init__(self):
        self._series = []

    def __call__(self, v):  # 인스턴스를 함수처럼 호출할 수 있게 해 줌
        self._series.append(v)
        print(f"inner >>> {self._series} / {len(self._series)}")
        return sum(self._series) / len(self._series)


# 인스턴스 생성
averager_cls = Averager()

# 누적
print(averager_cls(15))
print(averager_cls(35))
print(averager_cls(40))
print(callable(averager_cls))
