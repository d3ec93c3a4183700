def averager():
    total = 0
    count = 0
    while True:
        x = yield
        if x is None:  # None을 받으면 끝낸다
            break
        total += x
        count += 1
    return total / count  # StopIteration.value가 된다


co = averager()
next(co)
co.send(10)
co.send(20)
co.send(30)
try:
    co.send(None)
except StopIteration as e:
    print("StopIteration.value =", e.value)


def grouper():
    # yield from: send()는 안쪽 averager로 그대로 전달되고,
    # averager가 return한 값이 yield from 식의 값이 된다
    result = yield from averager()
    print("평균:", result)
    yield result


g = grouper()
next(g)
g.send(1)
g.send(2)
print("grouper가 내놓은 값:", g.send(None))
