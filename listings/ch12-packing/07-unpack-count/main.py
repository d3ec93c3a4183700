a_list = [1, 2, 3, 4]

a, b, c, d = a_list  # 별표 없이도 언패킹된다
print(a, b, c, d)

a, b, c, d = (*a_list,)  # 별표 표현식은 튜플 안에서만 쓸 수 있다
print(a, b, c, d)

a, b = a_list  # 개수가 맞지 않으면 실행 중에 실패한다
print(a, b)
