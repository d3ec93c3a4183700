def closure_ex1():
    # Free variable
    series = []

    # 클로저 영역
    def averager(v):
        series = []  # 주석을 해제했다
        series.append(v)
        print(f"inner >>> {series} / {len(series)}")
        return sum(series) / len(series)

    return averager


avg_closure1 = closure_ex1()

print(avg_closure1(15))
print(avg_closure1(35))
print(avg_closure1(40))

print(avg_closure1.__code__.co_freevars)
print(avg_closure1.__closure__)
