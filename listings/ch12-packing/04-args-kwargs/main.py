def print_family_name(*args, **kwargs):
    if args:
        for name in args:
            print(name)
    else:
        print("가족 이름 데이터가 존재하지 않습니다.")

    if kwargs:
        for k, v in kwargs.items():
            print(f"{k}의 이름은 {v}")


print_family_name("홍길동", "신사임당", 여자친구="아이유", 친구="김태희")
print()
print_family_name(여자친구="아이유", 친구="김태희")
