use std::ops::Mul;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Vector {
    x: i64,
    y: i64,
}

impl Vector {
    fn new(x: i64, y: i64) -> Self {
        Vector { x, y }
    }

    /// 넘치면 `None`: 파이썬처럼 끝까지 계산하지는 못해도, 틀린 값을 내지는 않는다.
    fn checked_mul(self, k: i64) -> Option<Vector> {
        Some(Vector::new(self.x.checked_mul(k)?, self.y.checked_mul(k)?))
    }
}

impl Mul<i64> for Vector {
    type Output = Vector;

    // 이 장 처음의 그 구현: 디버그 빌드에서는 넘치면 패닉, 릴리스 빌드에서는 값이 감긴다
    fn mul(self, k: i64) -> Vector {
        Vector::new(self.x * k, self.y * k)
    }
}

fn main() {
    let big = Vector::new(i64::MAX, 1);
    println!("{:?}", Vector::new(5, 7).checked_mul(3));
    println!("{:?}", big.checked_mul(2));

    // 넘칠 때 무엇을 할지 메서드 이름으로 고른다
    println!("{}", i64::MAX.wrapping_mul(2)); // 감기: 2의 보수로 돌아 나온다
    println!("{}", i64::MAX.saturating_mul(2)); // 포화: 최댓값에 멈춘다
    println!("{:?}", i64::MAX.overflowing_mul(2)); // 감긴 값과 "넘쳤나"
    println!("{}", i128::from(i64::MAX) * 2); // 더 큰 타입으로 계산한다

    // 0으로 나누기: 정수는 checked_div로 묻고, 실수는 무한대와 NaN이 된다
    println!("{:?} {:?}", 7_i64.checked_div(2), 7_i64.checked_div(0));
    let zero = 0.0_f64;
    println!("{} {} {}", 7.0 / zero, -7.0 / zero, (zero / 0.0).is_nan());

    // 연산자 *는 디버그 빌드에서 넘침을 검사한다: cargo test가 돌리는 이 빌드에서는 패닉
    println!("{:?}", big * 2);
}
