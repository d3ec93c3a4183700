import asyncio
import os
import threading
import time

r, w = os.pipe()  # 파이프: w에 쓴 바이트를 r에서 읽는다


def send_later(data):  # 파이프 반대쪽: 0.2초 뒤에 데이터를 쓴다
    time.sleep(0.2)
    os.write(w, data)


# 1) 블로킹 read: 데이터가 올 때까지 이 스레드가 잠든다
writer = threading.Thread(target=send_later, args=(b"one",))
writer.start()
print("1) 블로킹 read:", os.read(r, 100))
writer.join()

# 2) 논블로킹 read: 읽을 것이 없으면 기다리지 않고 바로 BlockingIOError
os.set_blocking(r, False)
try:
    os.read(r, 100)
except BlockingIOError as e:
    print("2) 논블로킹 read:", e)

# 3) 동기 + 논블로킹: 다 됐는지 내가 계속 물어본다 (폴링)
writer = threading.Thread(target=send_later, args=(b"two",))
writer.start()
misses = 0
while True:
    try:
        data = os.read(r, 100)
        break
    except BlockingIOError:
        misses += 1  # 아직 없다: 그 사이에 다른 일을 할 수 있다
        time.sleep(0.01)
writer.join()
print("3) 폴링으로 받음:", data, "/ 헛걸음이 있었다:", misses > 0)


# 4) 비동기 + 논블로킹: 읽을 수 있게 되면 이벤트 루프가 콜백을 불러 준다
ticks = 0


async def ticker():  # 기다리는 동안 루프가 돌려 줄 다른 코루틴
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    arrived = loop.create_future()

    def on_readable():
        loop.remove_reader(r)
        arrived.set_result(os.read(r, 100))

    loop.add_reader(r, on_readable)
    writer = threading.Thread(target=send_later, args=(b"three",))
    writer.start()
    tick_task = asyncio.create_task(ticker())
    print("4) 콜백을 맡기고 기다린다")
    data = await arrived  # 여기서 루프에 제어권을 넘긴다: 그동안 루프는 ticker를 돌린다
    tick_task.cancel()
    print("4) 콜백으로 받음:", data, "/ 그동안 ticker가 돌았다:", ticks > 0)
    writer.join()


asyncio.run(main())
os.close(r)
os.close(w)
