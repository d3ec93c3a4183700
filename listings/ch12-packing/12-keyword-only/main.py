# / 앞은 위치로만, * 뒤는 키워드로만 넘길 수 있다
def connect(host, port, /, timeout=10, *, retries=3):
    print(f"{host}:{port} timeout={timeout} retries={retries}")


connect("db", 5432)
connect("db", 5432, 30, retries=5)
connect("db", 5432, timeout=1)

for call in [
    lambda: connect(host="db", port=5432),  # 위치 전용을 키워드로
    lambda: connect("db", 5432, 30, 5),  # 키워드 전용을 위치로
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
