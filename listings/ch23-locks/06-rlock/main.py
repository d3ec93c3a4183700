import threading

lock = threading.Lock()
with lock:
    # Lock은 누가 쥐었는지 모른다: 쥔 스레드가 다시 acquire()하면 자기 자신을 기다린다.
    # 그냥 acquire()였다면 영원히 멈췄을 것이다. timeout이 있으니 0.2초 뒤에 포기한다
    print("Lock을 쥔 채로 다시 acquire(timeout=0.2):", lock.acquire(timeout=0.2))

rlock = threading.RLock()  # 재진입 락: 쥔 스레드와 횟수를 기억한다


def deposit(account, amount):
    with rlock:
        account["balance"] += amount


def transfer(src, dst, amount):
    with rlock:  # 이미 쥔 채로 deposit이 같은 rlock을 또 잡는다
        deposit(src, -amount)
        deposit(dst, amount)


a, b = {"balance": 100}, {"balance": 0}
transfer(a, b, 30)
print("RLock 안에서 RLock:", a, b)


def other_thread():
    # 다른 스레드에게는 RLock도 보통 락이다
    print("다른 스레드가 acquire(timeout=0.2):", rlock.acquire(timeout=0.2))


with rlock:
    t = threading.Thread(target=other_thread)
    t.start()
    t.join()
