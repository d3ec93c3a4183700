trait Quack {
    fn quack(&self) -> &'static str;
}

struct Duck;
struct Cat;

impl Quack for Duck {
    fn quack(&self) -> &'static str {
        "꽥꽥"
    }
}

fn make_noise(q: &impl Quack) -> &'static str {
    q.quack()
}

fn main() {
    println!("{}", make_noise(&Duck));
    // 파이썬의 Cat().quack()은 실행 중에 AttributeError
    println!("{}", make_noise(&Cat));
}
