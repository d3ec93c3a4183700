import queue
import threading

DONE = object()  # 센티널: 어떤 메시지와도 같을 수 없는 유일한 객체


def producer(q):
    for n in range(1, 6):
        q.put(n * n)  # 큐가 꽉 차 있으면(maxsize=2) 소비자가 꺼낼 때까지 기다린다
    q.put(DONE)  # 끝 표시도 큐로 보낸다: FIFO라서 모든 메시지 뒤에 도착한다


def consumer(q):
    for message in iter(q.get, DONE):  # q.get()이 DONE을 돌려줄 때까지 반복
        print("소비:", message)
    print("소비자: 센티널을 받고 끝")


q = queue.Queue(maxsize=2)
threads = [
    threading.Thread(target=producer, args=(q,)),
    threading.Thread(target=consumer, args=(q,)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main: join 완료, 큐에 남은 것", q.qsize())
