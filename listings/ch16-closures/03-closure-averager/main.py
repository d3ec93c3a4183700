# 클로저(Closure) 사용
def closure_ex1():
    # Free variable
    series = []

    # 클로저 영역
    def averager(v):
        # series = [] # 주석 해제 후 확인
        # 리스트는 nonlocal 안해도 append가 됨, 하지만 명확하게 하기 위해 nonlocal series를 적어줘도 됨
        series.append(v)
        print(f"inner >>> {series} / {len(series)}")
        return sum(series) / len(series)

    return averager


avg_closure1 = closure_ex1()

print(avg_closure1(15))
print(avg_closure1(35))
print(avg_closure1(40))

# 클로저가 기억하는 자유 변수
print(avg_closure1.__code__.co_freevars)
print(avg_closure1.__closure__[0].cell_contents)
