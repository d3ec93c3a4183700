import asyncio
from concurrent.futures import ProcessPoolExecutor


def count(n):  # CPU 바운드: 기다리는 일 없이 계산만 한다
    total = 0
    for i in range(n):
        total += i
    return total


ticks = 0


async def heartbeat():  # 이벤트 루프가 돌려 줄 때마다(1밀리초마다) 1씩 센다
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0.001)


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)  # heartbeat가 돌기 시작하게 한 번 양보한다

    before = ticks
    result = count(1_000_000)  # 코루틴 안에서 바로 계산: 중간에 await가 없다
    print("코루틴 안에서 계산:", result)
    print(f"  그동안 heartbeat: {ticks - before}번")

    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        before = ticks
        results = await asyncio.gather(
            loop.run_in_executor(pool, count, 1_000_000),
            loop.run_in_executor(pool, count, 2_000_000),
        )
        print("프로세스 풀에 맡김:", results)
        print("  그동안 heartbeat가 돌았다:", ticks - before > 0)
    beat.cancel()


if __name__ == "__main__":
    asyncio.run(main())
