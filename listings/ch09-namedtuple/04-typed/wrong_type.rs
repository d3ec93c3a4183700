#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    // 파이썬의 Point("열", "삼십오")는 그대로 만들어진다
    let p = Point { x: "열", y: 35 };
    println!("{p:?}");
}
