a_list = [1, 2, 3, 4]

a, b, c, d = *a_list
print(a, b, c, d)
