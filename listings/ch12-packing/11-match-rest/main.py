def describe(event):
    match event:
        case {"type": "click", **rest}:  # 나머지 키를 딕셔너리로 묶는다
            print("클릭, 나머지:", rest)
        case {"type": "key", "key": k}:  # 패턴에 없는 키는 그냥 무시한다
            print("키:", k)
        case [first, *rest]:  # 시퀀스 패턴의 *rest는 언제나 리스트
            print("첫 값:", first, "나머지:", rest)


describe({"type": "click", "x": 10, "y": 20})
describe({"type": "key", "key": "q", "shift": False})
describe((1, 2, 3))
