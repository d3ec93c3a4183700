import asyncio


async def slow_query():
    print("  slow_query: 시작")
    try:
        await asyncio.sleep(0.6)
        return "결과"
    except asyncio.CancelledError:
        print("  slow_query: CancelledError를 받음")
        raise
    finally:
        print("  slow_query: finally")


async def main():
    print("asyncio.timeout(0.2):")
    try:
        async with asyncio.timeout(
            0.2
        ):  # 블록이 0.2초 안에 끝나지 않으면 안의 await를 취소한다
            await slow_query()
    except TimeoutError as e:
        print("  TimeoutError:", repr(e))

    print("asyncio.wait(..., FIRST_COMPLETED):")
    fast = asyncio.create_task(asyncio.sleep(0.2, result="빠른 쪽"))
    slow = asyncio.create_task(slow_query())
    done, pending = await asyncio.wait(
        {fast, slow}, return_when=asyncio.FIRST_COMPLETED
    )
    print("  먼저 끝난 것:", [t.result() for t in done])
    for t in pending:  # 진 쪽은 저절로 취소되지 않는다: 직접 취소하고 끝나기를 기다린다
        t.cancel()
    await asyncio.wait(pending)
    print("  slow는 취소되었다:", slow.cancelled())

    print("await를 빠뜨리면:")
    slow_query()  # 코루틴 객체를 만들기만 하고 버렸다: 몸통은 한 줄도 돌지 않는다
    print("  (slow_query의 첫 줄은 찍히지 않았다)")


asyncio.run(main())
