import time
from concurrent.futures import ThreadPoolExecutor

finished = []


def work(n):
    time.sleep(0.2 * (4 - n))  # 1은 0.6초, 2는 0.4초, 3은 0.2초: 뒤의 일이 먼저 끝난다
    finished.append(n)
    return n * n


with ThreadPoolExecutor(max_workers=3) as executor:
    results = list(executor.map(work, [1, 2, 3]))
print("끝난 순서:", finished)
print("map 결과:", results)
