import asyncio


async def job(name, delay, fail=False):
    print(f"{name}: 시작")
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} 실패")
        print(f"{name}: 끝")
        return name
    except asyncio.CancelledError:
        print(f"{name}: CancelledError를 받음")  # 취소는 await 자리에서 예외로 온다
        raise  # 삼키지 않고 다시 던진다
    finally:
        print(f"{name}: finally")


async def main():
    # with 블록이 끝나면 그 안에서 만든 태스크가 모두 끝나 있다
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("A", 0.2))
        b = tg.create_task(job("B", 0.4))
    print("모두 끝:", a.result(), b.result())

    # 한 태스크가 실패하면 TaskGroup이 나머지를 취소하고, 예외를 ExceptionGroup으로 모아 던진다
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("C", 0.2, fail=True))
            d = tg.create_task(job("D", 0.6))
    except* ValueError as group:
        print("TaskGroup이 모은 예외:", repr(group.exceptions))
    print("D는 취소되었다:", d.cancelled())


asyncio.run(main())
