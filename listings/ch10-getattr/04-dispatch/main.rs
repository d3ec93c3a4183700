struct Calculator;

impl Calculator {
    fn add(&self, a: i64, b: i64) -> i64 {
        a + b
    }

    fn sub(&self, a: i64, b: i64) -> i64 {
        a - b
    }
}

// getattr(calc, op, None) 자리: 이름 → 메서드. 메서드도 함수 포인터로 쓸 수 있다.
// 어떤 이름이 통하는지는 이 match 하나가 정하고, 컴파일러는 각 갈래의 시그니처를 맞춰 본다.
fn lookup(op: &str) -> Option<fn(&Calculator, i64, i64) -> i64> {
    match op {
        "add" => Some(Calculator::add),
        "sub" => Some(Calculator::sub),
        _ => None,
    }
}

fn main() {
    let calc = Calculator;
    for op in ["add", "sub", "mul", "__class__"] {
        match lookup(op) {
            Some(method) => println!("{op} {}", method(&calc, 7, 3)),
            None => println!("{op} 은(는) 없는 연산"),
        }
    }
}
