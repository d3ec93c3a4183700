import threading

local = threading.local()  # 속성이 스레드마다 따로 보이는 객체
together = threading.Barrier(3)  # 세 스레드가 동시에 살아 있게 한다
counts = {}
native_ids = {}


def work(name, n):
    local.count = 0  # 이 스레드의 count: 다른 스레드의 count와 섞이지 않는다
    for _ in range(n):
        local.count += 1
    native_ids[name] = threading.get_native_id()  # 운영체제가 붙인 스레드 번호
    together.wait()
    counts[name] = local.count


threads = [
    threading.Thread(target=work, args=(name, n))
    for name, n in [("First", 1000), ("Second", 2000), ("Third", 3000)]
]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("스레드마다 센 값:", dict(sorted(counts.items())))
print("메인 스레드에도 count가 있나:", hasattr(local, "count"))
ids = set(native_ids.values()) | {threading.get_native_id()}
print("네 스레드의 get_native_id()가 모두 다르다:", len(ids) == 4)
