import asyncio


async def add(a, b):
    await asyncio.sleep(0)  # 이벤트 루프에 한 번 양보한다
    return a + b


# 코루틴 객체를 손으로 몰아 보기: 제너레이터 기반 코루틴과 같은 send 규약이다
coro = add(1, 2)
print(type(coro))
print(coro.send(None))  # 첫 await에서 멈춘다
try:
    coro.send(None)
except StopIteration as e:
    print("StopIteration.value =", e.value)


# 이벤트 루프가 모는 코루틴: send(x) 대신 큐에서 값을 기다린다
async def number_coroutine(queue):
    while True:
        x = await queue.get()
        if x is None:
            return "끝"
        print(x)


async def main():
    queue = asyncio.Queue()
    task = asyncio.create_task(number_coroutine(queue))
    for x in [1, 2, 3, None]:
        await queue.put(x)
    print(await task)
    print(await add(3, 4))


asyncio.run(main())
