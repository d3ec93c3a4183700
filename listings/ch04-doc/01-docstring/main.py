import inspect


def get_news(keywords, client_id, client_secret):
    """
    네이버 검색 뉴스 API 사용해 특정 키워드들의 뉴스 검색
    :params list keywords: 키워드 리스트
    :params str client_id: 인증정보
    :params str client_secret: 인증정보
    :return news_items : API 검색 결과 중 뉴스 item들
    :rtype list
    """


print(get_news.__doc__)

# 3.12까지의 __doc__은 따옴표 사이의 글자 그대로다: 첫 줄바꿈과 소스의 들여쓰기까지.
# 3.13부터는 컴파일러가 공통 들여쓰기를 걷어 낸 글을 담는다
print(get_news.__doc__.splitlines()[:2])
# 들여쓰기를 걷어 낸 글은 inspect.getdoc으로 (help()도 이렇게 정리해서 보여 준다)
print(inspect.getdoc(get_news))
