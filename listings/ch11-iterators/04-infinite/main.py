def infinite_generator():
    count = 0
    while True:
        count += 1
        yield print(count)


g = infinite_generator()
next(g)
next(g)
next(g)
next(g)
next(g)
next(g)
next(g)
print(next(g))  # 여덟 번째: print(8)이 돌려준 None이 나온다
