def print_family_name(father, mother, **sibling):
    print("아버지 :", father)
    print("어머니 :", mother)
    if sibling:
        print("호적 메이트..")
        for title, name in sibling.items():
            print("{} : {}".format(title, name))


print_family_name("홍길동", "심사임당", 누나="김태희", 여동생="윤아")
