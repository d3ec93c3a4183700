import threading

state = threading.local()  # 스레드마다 따로인 이름공간: 속성을 스레드별로 따로 갖는다


def a_func():
    state.a = getattr(state, "a", 10) + 10  # 이 스레드에서 처음이면 10에서 시작한다
    return state.a


print("메인 스레드:", a_func(), a_func())


def worker(results):
    results.append(a_func())  # 새 스레드의 state에는 아직 a가 없다


results = []
t = threading.Thread(target=worker, args=(results,))
t.start()
t.join()
print("다른 스레드:", results[0])
print("메인 스레드:", a_func())  # 메인 스레드의 값은 그대로 이어진다
