use std::fmt;
use std::ops::{Add, Mul};

/// Create a vector, example : `Vector::new(5, 10)`
///
/// 파이썬의 독스트링 자리는 문서 주석(`///`)이다. 실행 중에 읽을 수는 없고,
/// `cargo doc`이 문서로 만든다.
#[derive(Clone, Copy, Default, PartialEq)]
struct Vector {
    x: i64,
    y: i64,
}

impl Vector {
    fn new(x: i64, y: i64) -> Self {
        Vector { x, y }
    }

    /// 영벡터인가? 파이썬의 `not v` 대신 이름이 있는 메서드로 묻는다.
    fn is_zero(self) -> bool {
        self == Vector::default()
    }
}

/// Returns the vector infomations (`__repr__` 자리)
impl fmt::Display for Vector {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Vector({}, {})", self.x, self.y)
    }
}

/// Returns the vector addition of self and other (`__add__` 자리)
impl Add for Vector {
    type Output = Vector;

    fn add(self, other: Vector) -> Vector {
        Vector::new(self.x + other.x, self.y + other.y)
    }
}

/// `__mul__` 자리: 오른쪽 피연산자의 타입(i64)을 트레이트의 타입 인자로 적는다.
impl Mul<i64> for Vector {
    type Output = Vector;

    fn mul(self, k: i64) -> Vector {
        Vector::new(self.x * k, self.y * k)
    }
}

fn main() {
    let v1 = Vector::new(5, 7);
    let v2 = Vector::new(23, 35);
    let v3 = Vector::default();

    // 연산자 트레이트 없이 (매번 필드를 꺼내 써야 한다)
    println!(
        "매직메소드 미사용 :  {}",
        Vector::new(v1.x + v2.x, v1.y + v2.y)
    );

    println!("{v1} {v2} {v3}");
    println!("{}", v1 + v2);
    println!("{}", v1 * 3);
    println!("{}", v2 * 10);
    // __bool__ 자리: 러스트에 진릿값 변환은 없다. 묻고 싶은 것을 이름 있는 메서드로 묻는다
    println!("{} {}", !v1.is_zero(), !v2.is_zero());
    println!("{}", !v3.is_zero());
    println!("{}", !Vector::new(-3, 0).is_zero());

    if v3.is_zero() {
        println!("v3는 영벡터");
    }
}
