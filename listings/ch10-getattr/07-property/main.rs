struct Circle {
    radius: f64,
}

impl Circle {
    // property 자리: 괄호를 붙여 부르는 평범한 메서드
    fn diameter(&self) -> f64 {
        self.radius * 2.0
    }

    // setter 자리: 이름이 다른 메서드. 거절할 수 있으면 Result를 돌려준다
    fn set_diameter(&mut self, value: f64) -> Result<(), String> {
        if value <= 0.0 {
            return Err(format!("지름은 양수여야 한다: {value}"));
        }
        self.radius = value / 2.0;
        Ok(())
    }
}

struct Sensor {
    reading: i32, // 0.1도 단위
}

impl Sensor {
    fn celsius(&self) -> f64 {
        f64::from(self.reading) / 10.0
    }

    // 실패할 수 있는 "속성"은 Result로: 있는가와 읽히는가가 따로 드러난다
    fn status(&self) -> Result<&'static str, String> {
        Err("센서가 응답하지 않는다".to_string())
    }
}

fn main() {
    let mut c = Circle { radius: 3.0 };
    println!("{}", c.diameter());
    c.set_diameter(10.0).unwrap();
    println!("{}", c.radius);
    if let Err(e) = c.set_diameter(-1.0) {
        println!("{e}");
    }

    let s = Sensor { reading: 215 };
    println!("{}", s.celsius());
    println!("{:?}", s.status());
}
