fn calculate(a: i64, b: i64, c: i64, d: i64) -> i64 {
    a * (b + 1) * (c + 2) * (d + 3)
}

/// partial(calculate, a): a를 품은(move) 클로저를 돌려준다
fn partial(a: i64) -> impl Fn(i64, i64, i64) -> i64 {
    move |b, c, d| calculate(a, b, c, d)
}

fn main() {
    let two = partial(2);
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
