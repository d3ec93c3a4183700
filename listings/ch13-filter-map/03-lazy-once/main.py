def map_func(num):
    print(f"  map_func({num})")
    return num * 100


def filter_func(num):
    print(f"  filter_func({num})")
    return num >= 300


a = [1, 2, 3, 4]

m = map(map_func, a)
print(m)
print("list(m) 전: map_func는 아직 한 번도 불리지 않았다")
print(list(m))
print(list(m))  # 다 쓴 map 객체는 비어 있다

print("파이프라인:")
for x in filter(filter_func, map(map_func, a)):
    print("얻음", x)
