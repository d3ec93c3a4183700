struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let (a, b) = (Point { x: 1, y: 2 }, Point { x: 1, y: 2 });
    // 파이썬은 __eq__가 없으면 조용히 is 비교를 한다. 러스트는 비교 방법을 모른다고 한다.
    println!("{}", a == b);
    println!("{} {}", a.x + b.x, a.y + b.y);
}
