// 파이썬의 divmod(a, b): 몫을 바닥 쪽으로 내린다. 러스트에는 이런 연산자가 없으니 함수로 쓴다.
fn floor_divmod(a: i64, b: i64) -> (i64, i64) {
    let (q, r) = (a / b, a % b);
    if r != 0 && (r < 0) != (b < 0) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

fn main() {
    // 정수의 / 와 % 는 0 쪽으로 자른다: 나머지의 부호가 나뉘는 수를 따른다
    println!("{} {} {:?}", -7 / 2, -7 % 2, floor_divmod(-7, 2));
    println!("{} {} {:?}", 7 / -2, 7 % -2, floor_divmod(7, -2));
    // 유클리드 나눗셈: 나머지가 늘 0 이상. 나누는 수가 양수일 때만 파이썬과 같다
    println!("{} {}", (-7i64).div_euclid(2), (-7i64).rem_euclid(2));
    println!("{} {}", 7i64.div_euclid(-2), 7i64.rem_euclid(-2));
    // 실수 나눗셈은 실수끼리
    println!("{} {}", 7.0 / 2.0, -7.0 / 2.0);
    // ** 연산자는 없고 메서드가 있다
    println!("{} {}", 2i64.pow(10), 2f64.powi(-1));
}
