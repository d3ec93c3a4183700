class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):  # len(p), 그리고 bool(p)의 대체 규칙
        return len(self._songs)

    def __contains__(self, song):  # song in p
        return song in self._songs

    def __iter__(self):  # for song in p
        return iter(self._songs)

    def __call__(self, index):  # p(1): 인스턴스를 함수처럼 부른다
        return f"재생: {self._songs[index]}"


p = Playlist("아리랑", "도라지")
print(len(p), "아리랑" in p, "강강술래" in p)
for song in p:
    print(song)
print(p(1), callable(p))
print(bool(p), bool(Playlist()))  # __bool__이 없으면 len()이 0인지를 본다
