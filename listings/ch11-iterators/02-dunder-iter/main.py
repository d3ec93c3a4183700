a = [1, 2, 3]
print(dir(a))
print(hasattr(a, "__iter__"))

a_iter = a.__iter__()
print(type(a_iter))

print(next(a_iter))
print(next(a_iter))
print(next(a_iter))
print(next(a_iter))
