#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 10, y: 35 };
    p.x = 99; // 파이썬의 p.x = 99 는 실행 중에 AttributeError
    println!("{p:?} {}", p.y);
}
