class Config:
    pass


cfg = Config()
# 이름도 값도 데이터에서 온다: 객체에 어트리뷰트를 실행 중에 붙인다
for name, value in [("host", "localhost"), ("port", 8080), ("debug", True)]:
    setattr(cfg, name, value)

print(vars(cfg))
print(getattr(cfg, "port") + 1)
print(getattr(cfg, "timeout", 30))

# 값의 타입은 꺼내 쓸 때에야 드러난다
try:
    print(getattr(cfg, "host") + 1)
except TypeError as e:
    print("TypeError:", e)
