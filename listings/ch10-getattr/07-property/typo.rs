struct Sensor {
    reading: i32,
}

impl Sensor {
    fn celsius(&self) -> f64 {
        f64::from(self.raeding) / 10.0 // 파이썬에서는 hasattr가 False로 삼키던 오타
    }
}

fn main() {
    let s = Sensor { reading: 215 };
    println!("{}", s.celsius());
}
