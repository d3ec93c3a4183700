fn calculate(a: i64, b: i64, c: i64, d: i64) -> i64 {
    a * (b + 1) * (c + 2) * (d + 3)
}

/// partial(f, a): 인자 넷을 받는 함수 f와 첫 인자 a를 품은(move) 클로저를 돌려준다
fn partial<A: Copy, B, C, D, R>(f: impl Fn(A, B, C, D) -> R, a: A) -> impl Fn(B, C, D) -> R {
    move |b, c, d| f(a, b, c, d)
}

fn main() {
    let two = partial(calculate, 2);
    println!("{}", two(9, 8, 7));

    // 클로저로 한 번 더 고정. two를 빌려 쓰므로 two도 계속 쓸 수 있다
    let two_three = |c, d| two(9, c, d);
    println!("{}", two_three(8, 7));
    println!("{}", two(0, 0, 0));

    // 고정할 값이 String처럼 Copy가 아니면 move가 소유권을 클로저 안으로 옮긴다
    let unit = String::from("원");
    let price = move |n: i64| format!("{}{unit}", calculate(2, n, 8, 7));
    println!("{}", price(9));
}
