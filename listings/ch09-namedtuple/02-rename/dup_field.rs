// namedtuple("Point", "x y x class")를 그대로 옮기면
struct Point {
    x: i32,
    y: i32,
    x: i32,
    class: i32,
}

fn main() {
    let p = Point {
        x: 10,
        y: 20,
        class: 40,
    };
    println!("{} {} {}", p.x, p.y, p.class);
}
