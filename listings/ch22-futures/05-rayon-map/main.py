import threading
from concurrent.futures import ThreadPoolExecutor

finished = []
done = {n: threading.Event() for n in [1, 2, 3, 4]}
done[4].set()  # 3은 기다릴 것이 없다


def work(n):
    done[n + 1].wait()  # 뒤의 일이 끝나기를 기다린다: 3, 2, 1 순서로 끝난다
    finished.append(n)
    done[n].set()
    return n * n


with ThreadPoolExecutor(max_workers=3) as executor:
    results = list(executor.map(work, [1, 2, 3]))
print("끝난 순서:", finished)
print("map 결과:", results)
