import asyncio
import threading
import time


async def fetch(name, delay):
    thread = threading.current_thread().name
    print(f"{name}: 요청 보냄, {delay}초 기다림 ({thread})")
    await asyncio.sleep(delay)  # 기다리는 동안 이벤트 루프는 다른 코루틴을 돌린다
    print(f"{name}: 응답 받음")
    return f"{name}의 결과"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(fetch("A", 0.5), fetch("B", 0.1), fetch("C", 0.3))
    elapsed = time.perf_counter() - start
    print(results)
    print(f"걸린 시간: {elapsed:.3f}초")
    print("하나씩 기다렸다면 0.9초, 그보다 짧다:", elapsed < 0.9)


asyncio.run(main())
