// 딕셔너리 대신 필드 이름이 정해진 구조체
struct Abc {
    a: i32,
    b: i32,
    c: i32,
}

// 매개변수 자리에서 바로 구조 분해한다
fn sum(Abc { a, b, c }: Abc) -> i32 {
    a + b + c
}

fn main() {
    let a_dict = Abc { a: 1, b: 2, c: 3 };
    println!("{}", sum(a_dict));
    println!("{}", sum(Abc { c: 3, a: 1, b: 2 })); // 필드 순서는 상관없다
}
