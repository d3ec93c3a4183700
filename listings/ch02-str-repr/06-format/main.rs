use std::fmt;

struct Money(u64);

/// 1234567 → "1,234,567": 파이썬의 f"{n:,}"
fn with_commas(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // f.pad는 형식 지정({:>15}, {:*^15}, {:.9})의 폭, 정렬, 채움, 정밀도를 지켜서 쓴다
        f.pad(&format!("{}원", with_commas(self.0)))
    }
}

struct Plain;

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // write!는 폭을 모른다: {:>10}을 받아도 오류 없이 무시된다
        write!(f, "평범")
    }
}

fn main() {
    let price = Money(1234567);
    println!("[{price}]");
    println!("[{price:>15}]");
    println!("[{price:*^15}]");
    println!("[{price:.9}]");
    println!("[{Plain}]");
    println!("[{Plain:>10}]"); // 폭이 사라진다
    println!("[{:>10}]", Plain.to_string()); // String의 Display는 폭을 지킨다
}
