class Sum:
    def __init__(self, start):
        self.value = start

    def __call__(self, n):
        self.value += n
        return self.value


sum_ins = Sum(10)

print(sum_ins(20))
print(sum_ins(30))
print(list(map(sum_ins, [1, 2, 3])))  # 함수 자리에 그대로 넘길 수 있다
