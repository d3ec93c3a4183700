import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

URLS = [1, 2, 3]  # 내려받을 것 세 개: 하나에 0.2초, 하나씩 하면 0.6초


def download(n):
    time.sleep(0.2)  # 네트워크 응답을 기다리는 블로킹 I/O라고 치자
    return n * 10


async def download_async(n):
    await asyncio.sleep(0.2)  # 같은 기다림의 논블로킹 버전
    return n * 10


async def download_all():
    return await asyncio.gather(*(download_async(n) for n in URLS))


def report(how, start, results):
    elapsed = time.perf_counter() - start
    print(f"{how}: {results}, 0.6초보다 짧다: {elapsed < 0.6}")


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        start = time.perf_counter()
        results = list(pool.map(download, URLS))
        report("threading", start, results)

    with ProcessPoolExecutor(max_workers=3) as pool:
        pool.submit(
            int
        ).result()  # 일꾼 프로세스를 먼저 띄워 둔다: 띄우는 시간은 재지 않는다
        start = time.perf_counter()
        results = list(pool.map(download, URLS))
        report("multiprocessing", start, results)

    start = time.perf_counter()
    results = asyncio.run(download_all())
    report("asyncio", start, results)
