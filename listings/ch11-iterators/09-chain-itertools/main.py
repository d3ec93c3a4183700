import io
import itertools


def numbers():
    yield 0
    yield from [1, 2]  # 중간에 섞인 yield from
    yield from range(3, 5)
    yield 5


print(list(numbers()))

# 끝없는 count를 islice로 자르기
print(list(itertools.islice(itertools.count(10, 5), 4)))
# 이어 붙이기: chain, 한 겹 펴기: chain.from_iterable
print(list(itertools.chain("ab", "cd")))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
# 조건이 거짓이 되는 순간 멈추기
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))

# iter(callable, sentinel): callable을 부르다가 sentinel이 나오면 멈춘다
buf = io.StringIO("첫 줄\n둘째 줄\n")
print(list(iter(buf.readline, "")))
