class WordSplitGenerator:
    def __init__(self, text):
        self._text = text.split(" ")

    def __iter__(self):
        # print('Called __iter__')
        for word in self._text:
            yield word  # 제너레이터
        return

    def __repr__(self):
        return f"WordSplit({self._text})"


wg = WordSplitGenerator("Do today what you could do tomorrow")

# 여기서 바로 next(wg) 하면 오류가 난다: wg는 iterable이지 iterator가 아니다
try:
    next(wg)
except TypeError as e:
    print("TypeError:", e)

wt = iter(wg)  # iter(객체)를 해 주면 __iter__가 불려 제너레이터가 나온다

print(wg)
print(wt)
print(next(wt))
print(next(wt))
print(next(wt))
print(next(wt))
print(next(wt))
print(next(wt))
print(next(wt))

# 제너레이터 wt는 다 썼지만, iterable인 wg는 iter()를 부를 때마다 새로 돈다
print(list(wt), list(wg))
