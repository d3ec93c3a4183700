import operator

xs = [1, 2, 3]
ys = [10, 20, 30, 40]

# 여러 iterable을 받는 map: 함수에 원소를 하나씩 나란히 넘긴다. 가장 짧은 쪽에서 멈춘다
print(list(map(operator.add, xs, ys)))
print(list(map(pow, [2, 3, 4], [5, 2])))

# filter(None, …): 함수 대신 None이면 원소 자신의 참/거짓으로 거른다
values = [0, 1, "", "a", None, [], [2], False]
print(list(filter(None, values)))
