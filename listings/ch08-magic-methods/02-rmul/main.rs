use std::fmt;
use std::ops::Mul;

#[derive(Clone, Copy)]
struct Vector {
    x: i64,
    y: i64,
}

impl fmt::Display for Vector {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Vector({}, {})", self.x, self.y)
    }
}

// v * 3: 왼쪽이 Vector
impl Mul<i64> for Vector {
    type Output = Vector;

    fn mul(self, k: i64) -> Vector {
        Vector {
            x: self.x * k,
            y: self.y * k,
        }
    }
}

// 3 * v: 왼쪽이 i64. __rmul__ 같은 "반사" 메서드는 없고, i64에 대한 구현을 하나 더 쓴다.
// (i64는 남의 타입이지만 Vector가 우리 타입이라 고아 규칙에 걸리지 않는다.)
impl Mul<Vector> for i64 {
    type Output = Vector;

    fn mul(self, v: Vector) -> Vector {
        v * self
    }
}

fn main() {
    let v = Vector { x: 5, y: 7 };
    println!("{}", v * 3);
    println!("{}", 3 * v);
    // v * v 는 Mul<Vector> for Vector가 없으니 컴파일되지 않는다.
}
