import threading

a = threading.Lock()
b = threading.Lock()


def run(jobs, worker):
    threads = [threading.Thread(target=worker, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def opposite_order():
    """A→B로 잡는 스레드와 B→A로 잡는 스레드: 교착을 timeout으로 안전하게 보여 준다"""
    holding = threading.Barrier(2)  # 둘 다 첫 락을 쥐었다
    tried = threading.Barrier(2)  # 둘 다 두 번째 락을 시도해 보았다
    got = {}

    def worker(name, first, second):
        with first:
            holding.wait()
            # 두 번째 락은 상대가 쥐고 있다. 그냥 acquire()였다면 둘 다 영원히 기다린다
            got[name] = second.acquire(timeout=0.2)
            tried.wait()  # 상대도 시도를 마칠 때까지 첫 락을 놓지 않는다
            if got[name]:
                second.release()

    run([("A→B", a, b), ("B→A", b, a)], worker)
    return got


def same_order():
    """두 스레드가 모두 A→B 순서로 잡는다: 한쪽이 기다릴 뿐 교착은 없다"""
    got = {}

    def worker(name, first, second):
        with first:  # 먼저 온 스레드가 A를 쥐면, 다른 스레드는 여기서 기다린다
            got[name] = second.acquire(timeout=0.2)  # A를 쥔 스레드만 B를 찾는다
            if got[name]:
                second.release()

    run([("A→B 1", a, b), ("A→B 2", a, b)], worker)
    return got


got = opposite_order()
print("반대 순서:", "A→B", got["A→B"], "/ B→A", got["B→A"])
got = same_order()
print("같은 순서:", "A→B 1", got["A→B 1"], "/ A→B 2", got["A→B 2"])
