struct Circle {
    radius: f64,
}

impl Circle {
    fn diameter(&self) -> f64 {
        self.radius * 2.0
    }
}

fn main() {
    let c = Circle { radius: 3.0 };
    println!("{}", c.diameter); // 파이썬의 property처럼 괄호 없이
}
