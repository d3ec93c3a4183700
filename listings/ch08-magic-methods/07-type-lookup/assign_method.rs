use std::ops::Add;

#[derive(Clone, Copy, Debug)]
struct Vector {
    x: i64,
    y: i64,
}

impl Add for Vector {
    type Output = Vector;

    fn add(self, other: Vector) -> Vector {
        Vector {
            x: self.x + other.x,
            y: self.y + other.y,
        }
    }
}

fn main() {
    let mut v = Vector { x: 1, y: 2 };
    // 파이썬의 v.__add__ = lambda ...: 값 하나에 메서드를 붙이려 한다
    v.add = |a: Vector, _b: Vector| a;
    println!("{:?}", v + v);
}
