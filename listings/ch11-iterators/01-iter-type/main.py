a = [1, 2, 3]
print(type(a))
a_iter = iter(a)
print(type(a_iter))
