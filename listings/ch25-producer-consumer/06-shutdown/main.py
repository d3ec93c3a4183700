import queue
import threading

q = queue.Queue()
DONE = object()  # 3.12까지 쓰는 센티널
received = []


def consumer():
    while True:
        try:
            item = q.get()
        except queue.ShutDown:  # 3.13부터: 큐가 닫혔고 남은 것도 없다
            return
        if item is DONE:  # 3.12까지: 센티널을 받으면 끝
            return
        received.append(item)


consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in consumers:
    t.start()
for i in range(6):
    q.put(i)

if hasattr(q, "shutdown"):
    q.shutdown()  # 남은 것은 다 꺼내 가게 하고, 그다음 get()은 ShutDown을 던진다
    print("끝낸 방법: q.shutdown()")
else:
    for _ in consumers:
        q.put(DONE)  # 소비자 수만큼 넣어야 한다
    print("끝낸 방법: 센티널을 소비자 수만큼 (Queue.shutdown은 3.13부터)")

for t in consumers:
    t.join()
print("두 소비자가 받은 것:", sorted(received))

if hasattr(q, "shutdown"):
    try:
        q.put(99)
    except queue.ShutDown:
        print("닫힌 큐에 put: ShutDown")
