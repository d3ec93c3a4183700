def three_generator():
    a = [1, 2, 3]
    yield from a


gen = three_generator()
print(next(gen))
print(next(gen))
print(list(gen))
print(next(gen))
