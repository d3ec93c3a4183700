a_list = [1, 2, 3, 4, 5]

a, *b, c = a_list
print(a, *b, c)
print(a, b, c)
print(type(b))

# 대입문의 왼쪽에는 ** 를 쓸 수 없다 (딕셔너리로 묶는 ** 는 함수 매개변수에서만)
try:
    exec("x, **y = {'k': 1}")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
