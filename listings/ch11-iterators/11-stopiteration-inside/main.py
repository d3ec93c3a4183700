def first_words(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)  # 빈 줄이면 next()가 StopIteration을 던진다


lines = ["Do today", "", "what you could do tomorrow"]
try:
    print(list(first_words(lines)))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("원인:", repr(e.__cause__))


def first_words_fixed(lines):
    for line in lines:
        word = next(iter(line.split()), None)  # 기본값을 주면 예외 대신 None이 온다
        if word is not None:
            yield word


print(list(first_words_fixed(lines)))
