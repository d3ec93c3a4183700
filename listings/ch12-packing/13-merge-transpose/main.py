defaults = {"host": "localhost", "port": 5432, "timeout": 10}
overrides = {"port": 6543}
print({**defaults, **overrides})  # 풀어서 새 딕셔너리로: 뒤에 온 키가 이긴다

matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))  # 행들을 풀어 zip에 넘기면 열이 나온다
