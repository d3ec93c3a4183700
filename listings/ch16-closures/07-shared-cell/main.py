def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1

    def get():
        return count

    return increment, get


inc, get = make_counter()
inc()
inc()
print(get())
print(inc.__closure__[0] is get.__closure__[0])  # 두 클로저가 셀 하나를 나눠 쓴다


def make_log():
    lines = []

    def add(msg):
        lines.append(msg)

    def dump():
        return list(lines)

    return add, dump


add, dump = make_log()
add("시작")
add("끝")
print(dump())
