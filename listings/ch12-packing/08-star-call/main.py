a_list = [1, 2, 3, 4]


def sum(a, b, c, d):
    return a + b + c + d


print(sum(*a_list))
