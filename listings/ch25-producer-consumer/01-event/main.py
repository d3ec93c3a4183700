import threading
import time

event = threading.Event()
print("처음:", event.is_set())  # 플래그의 초기값은 False

event.set()
print("set() 뒤:", event.is_set())
print("wait():", event.wait())  # 이미 True라 바로 돌아온다

event.clear()
print("clear() 뒤:", event.is_set())
print("wait(0.2):", event.wait(0.2))  # 0.2초 기다리다 포기하고 False


def opener():
    time.sleep(0.2)
    print("opener: set()")
    event.set()


t = threading.Thread(target=opener)
t.start()
print("main: wait() 시작")
print("main: wait() 결과", event.wait())  # opener가 set()할 때까지 잠든다
t.join()

print("isSet():", event.isSet())  # 옛 이름: 3.10부터 DeprecationWarning
