class WordSplitIter:
    def __init__(self, text):
        self._idx = 0
        self._text = text.split(" ")

    def __next__(self):
        # print('Called __next__')
        try:
            word = self._text[self._idx]
        except IndexError:
            raise StopIteration("Stopped Iteration.")
        self._idx += 1
        return word

    def __repr__(self):
        return f"WordSplit({self._text})"


wi = WordSplitIter("Do today what you could do tomorrow")

print(wi)
print(next(wi))
print(next(wi))
print(next(wi))
print(next(wi))
print(next(wi))
print(next(wi))
print(next(wi))

# 여덟 번째 next: 단어가 바닥나면 StopIteration이 올라온다
try:
    next(wi)
except StopIteration as e:
    print("StopIteration:", e)

# __iter__가 없으니 for 문에는 넣을 수 없다
try:
    for word in WordSplitIter("Do today"):
        print(word)
except TypeError as e:
    print("TypeError:", e)
