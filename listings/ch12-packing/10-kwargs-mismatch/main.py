def sum(a, b, c):
    return a + b + c


for kwargs in [{"a": 1, "b": 2, "d": 3}, {"a": 1, "b": 2}, {"a": 1, "b": 2, "cc": 3}]:
    try:
        print(sum(**kwargs))
    except TypeError as e:
        print("TypeError:", e)
