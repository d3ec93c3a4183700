import asyncio
import time


async def slow(how):
    print("  slow: 시작")
    if how == "time.sleep":
        time.sleep(0.3)  # 스레드가 통째로 잠든다: 이벤트 루프도 함께 멈춘다
    elif how == "asyncio.sleep":
        await asyncio.sleep(0.3)  # 루프에 제어권을 돌려주고 기다린다
    else:
        await asyncio.to_thread(time.sleep, 0.3)  # 블로킹 호출을 다른 스레드에 맡긴다
    print("  slow: 0.3초 기다림 끝")


async def quick():
    await asyncio.sleep(0.1)
    print("  quick: 0.1초 기다림 끝")


async def main():
    for how in ["time.sleep", "asyncio.sleep", "asyncio.to_thread"]:
        print(how)
        await asyncio.gather(slow(how), quick())


asyncio.run(main())
