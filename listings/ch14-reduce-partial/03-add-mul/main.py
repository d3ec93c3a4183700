from functools import partial


def add_mul(choice, *args):
    if choice == "add":
        result = 0
        for i in args:
            result = result + i
    elif choice == "mul":
        result = 1
        for i in args:
            result = result * i
    return result


add = partial(add_mul, "add")
mul = partial(add_mul, "mul")

print(add(1, 2, 3, 4, 5))  # 15 출력
print(mul(1, 2, 3, 4, 5))  # 120 출력

# "add"도 "mul"도 아니면 result가 만들어지지 않는다
sub = partial(add_mul, "sub")
try:
    print(sub(5, 1))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
