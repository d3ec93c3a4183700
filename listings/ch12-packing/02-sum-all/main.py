def sum_all(*numbers):
    result = 0
    for number in numbers:
        result += number
    return result


print(sum_all(1, 2, 3))  # 6
print(sum_all(1, 2, 3, 4, 5, 6))  # 21


# 묶인 numbers는 리스트가 아니라 튜플이다
def show_args(*numbers):
    return numbers


print(show_args(1, 2, 3))
print(show_args())
