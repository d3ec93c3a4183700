import threading
from concurrent.futures import ThreadPoolExecutor


class FakeDataStore:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    # sleep 없이 여러 번 고친다. 락이 읽기-더하기-쓰기를 한 덩어리로 묶는다
    def update(self, n):
        for _ in range(10_000):
            with self._lock:
                self.value += 1


if __name__ == "__main__":
    store = FakeDataStore()
    with ThreadPoolExecutor(max_workers=3) as executor:
        for n in ["First", "Second", "Third"]:
            executor.submit(store.update, n)
    print("Ending value is", store.value)
    print("value == 3 * 10_000:", store.value == 3 * 10_000)
