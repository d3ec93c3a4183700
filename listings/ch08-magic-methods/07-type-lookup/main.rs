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
    let v = Vector { x: 1, y: 2 };
    // 세 줄은 같은 호출이다: + 는 타입 Vector의 Add 구현을 부른다
    println!("{:?}", v + v);
    println!("{:?}", Add::add(v, v));
    println!("{:?}", <Vector as Add>::add(v, v));
}
