import operator

xs = [1, 2, 3]
ys = [10, 20, 30, 40]

# zip(strict=True)는 3.10부터: 길이가 다르면 조용히 자르지 않고 ValueError
try:
    print(list(zip(xs, ys, strict=True)))
except ValueError as e:
    print("zip:", e)

# map(strict=True)는 3.14부터: 그 전의 map은 키워드 인수를 받지 않아 TypeError
try:
    print(list(map(operator.add, xs, ys, strict=True)))
except (TypeError, ValueError) as e:
    print(f"map: {type(e).__name__}: {e}")

# 길이가 같으면 strict가 있든 없든 결과는 같다
print(list(zip(xs, ys[:3], strict=True)))
