// 비교 트레이트는 std::cmp에, 산술·비트 연산 트레이트는 std::ops에 있다.
use std::cmp::Ordering;
use std::ops::{Add, BitAnd, BitOr, BitXor, Div, Mul, Rem, Shl, Shr, Sub};

/// 어떤 트레이트 메서드가 불렸는지 출력하는 값. 연산자가 값을 가져가도 계속 쓰도록 Copy.
#[derive(Clone, Copy)]
struct Probe {
    name: &'static str,
}

impl Probe {
    /// 불린 메서드를 출력하고, 그 연산을 식으로 적은 문자열을 돌려준다.
    fn ran(self, method: &str, other: Probe, op: &str) -> String {
        println!("{method}({}, {})", self.name, other.name);
        format!("{} {op} {}", self.name, other.name)
    }
}

// == 와 != : eq 하나만 구현한다. ne는 기본 구현이 eq를 부르고 결과를 뒤집는다.
impl PartialEq for Probe {
    fn eq(&self, other: &Probe) -> bool {
        println!("PartialEq::eq({}, {})", self.name, other.name);
        self.name == other.name
    }
}

// < <= > >= : partial_cmp 하나만 있어도 넷 다 생긴다(기본 구현이 partial_cmp를 부른다).
// 여기서는 어느 메서드가 불리는지 보려고 넷을 모두 직접 구현했다. 비교 결과는 늘 bool이다.
impl PartialOrd for Probe {
    fn partial_cmp(&self, other: &Probe) -> Option<Ordering> {
        println!("PartialOrd::partial_cmp({}, {})", self.name, other.name);
        self.name.partial_cmp(other.name)
    }
    fn lt(&self, other: &Probe) -> bool {
        println!("PartialOrd::lt({}, {})", self.name, other.name);
        self.name < other.name
    }
    fn le(&self, other: &Probe) -> bool {
        println!("PartialOrd::le({}, {})", self.name, other.name);
        self.name <= other.name
    }
    fn gt(&self, other: &Probe) -> bool {
        println!("PartialOrd::gt({}, {})", self.name, other.name);
        self.name > other.name
    }
    fn ge(&self, other: &Probe) -> bool {
        println!("PartialOrd::ge({}, {})", self.name, other.name);
        self.name >= other.name
    }
}

impl Add for Probe {
    type Output = String;
    fn add(self, other: Probe) -> String {
        self.ran("Add::add", other, "+")
    }
}

impl Sub for Probe {
    type Output = String;
    fn sub(self, other: Probe) -> String {
        self.ran("Sub::sub", other, "-")
    }
}

impl Mul for Probe {
    type Output = String;
    fn mul(self, other: Probe) -> String {
        self.ran("Mul::mul", other, "*")
    }
}

impl Div for Probe {
    type Output = String;
    fn div(self, other: Probe) -> String {
        self.ran("Div::div", other, "/")
    }
}

impl Rem for Probe {
    type Output = String;
    fn rem(self, other: Probe) -> String {
        self.ran("Rem::rem", other, "%")
    }
}

impl Shl for Probe {
    type Output = String;
    fn shl(self, other: Probe) -> String {
        self.ran("Shl::shl", other, "<<")
    }
}

impl Shr for Probe {
    type Output = String;
    fn shr(self, other: Probe) -> String {
        self.ran("Shr::shr", other, ">>")
    }
}

impl BitAnd for Probe {
    type Output = String;
    fn bitand(self, other: Probe) -> String {
        self.ran("BitAnd::bitand", other, "&")
    }
}

impl BitXor for Probe {
    type Output = String;
    fn bitxor(self, other: Probe) -> String {
        self.ran("BitXor::bitxor", other, "^")
    }
}

impl BitOr for Probe {
    type Output = String;
    fn bitor(self, other: Probe) -> String {
        self.ran("BitOr::bitor", other, "|")
    }
}

fn main() {
    let (a, b) = (Probe { name: "a" }, Probe { name: "b" });

    println!("--- 비교 (std::cmp)");
    println!("a < b  = {}", a < b);
    println!("a <= b = {}", a <= b);
    println!("a == b = {}", a == b);
    println!("a != b = {}", a != b); // ne는 구현하지 않았다: eq가 불린다
    println!("a > b  = {}", a > b);
    println!("a >= b = {}", a >= b);

    println!("--- 산술·비트 연산 (std::ops)");
    println!("{}", a + b);
    println!("{}", a - b);
    println!("{}", a * b);
    // a @ b: @ 연산자가 없다. 행렬 곱은 메서드로 쓴다.
    println!("{}", a / b);
    // a // b: 연산자가 없다(러스트에서 //는 주석이다).
    println!("{}", a % b);
    // divmod(a, b)와 a ** b: 연산자가 없다. 함수나 pow 같은 메서드로 쓴다.
    println!("{}", a << b);
    println!("{}", a >> b);
    println!("{}", a & b);
    println!("{}", a ^ b);
    println!("{}", a | b);

    println!("--- 트레이트 메서드를 함수처럼 (operator.lt, operator.add처럼)");
    println!("{}", PartialOrd::lt(&a, &b));
    println!("{}", Add::add(a, b));
}
