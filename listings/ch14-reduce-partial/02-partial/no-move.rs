fn calculate(a: i64, b: i64, c: i64, d: i64) -> i64 {
    a * (b + 1) * (c + 2) * (d + 3)
}

fn partial(a: i64) -> impl Fn(i64, i64, i64) -> i64 {
    |b, c, d| calculate(a, b, c, d) // move가 없다
}

fn main() {
    let two = partial(2);
    println!("{}", two(9, 8, 7));
}
