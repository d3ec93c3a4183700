def words(text):
    count = 0
    for word in text.split():
        count += 1
        try:
            yield word
        # throw()로 던진 예외는 멈춰 있던 yield 자리에서 일어난다
        except ValueError as e:
            print("words가 잡은 예외:", e)
            break
    return count  # StopIteration.value가 된다


def numbered(text):
    # next, send, throw를 안쪽 제너레이터로 넘기고, 안쪽의 return 값을 받는다
    n = yield from words(text)
    yield f"단어 {n}개"


g = numbered("Do today what you could do tomorrow")
print(next(g), next(g))
print(g.throw(ValueError("그만")))

w = words("Do today")
print(next(w), next(w))
try:
    next(w)
except StopIteration as e:
    print("StopIteration.value:", e.value)

print(list(words("a b c")))  # list()와 for는 반환값을 버린다
print(list(numbered("a b c")))
