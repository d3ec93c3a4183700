def get_news(keywords: list[str], limit: int = 10) -> list[str]:
    """키워드마다 뉴스 제목을 하나씩 만들어 limit개까지 돌려준다."""
    return [f"{k} 뉴스" for k in keywords][:limit]


# 타입은 docstring이 아니라 어노테이션에 쓴다. 이것도 실행 중에 읽을 수 있는 값이다
print(get_news.__annotations__)
print(get_news(["러스트", "파이썬"], limit=1))

# 하지만 인터프리터는 어노테이션을 검사하지 않는다: 문자열 하나를 넘겨도 실행된다
print(get_news("러스트"))
# 틀린 타입은 그 값이 실제로 쓰이는 곳에서야 터진다
try:
    get_news(["러스트"], limit="1")
except TypeError as e:
    print("TypeError:", e)
