struct Student;

impl Student {
    fn is_valid_price(price: i64) -> bool {
        0 < price && price <= 10_000_000
    }
}

fn main() {
    let student1 = Student;
    // 파이썬은 student1.is_valid_price(0)을 허락하지만, 러스트에서 self가 없는
    // 연관 함수는 메서드가 아니다.
    println!("{}", student1.is_valid_price(0));
}
