use std::ops::Mul;

#[derive(Clone, Copy, Debug)]
struct Vector {
    x: i64,
    y: i64,
}

impl Mul<i64> for Vector {
    type Output = Vector;

    fn mul(self, k: i64) -> Vector {
        Vector {
            x: self.x * k,
            y: self.y * k,
        }
    }
}

fn main() {
    let v = Vector { x: 5, y: 7 };
    println!("{:?}", v * 3);
    println!("{:?}", 3 * v);
}
