#[derive(Debug)]
struct Cls {
    a: i32,
}

impl Cls {
    // getattr 자리: 이름이 문자열로 올 때. 없는 이름은 예외가 아니라 None.
    fn get_attr(&self, name: &str) -> Option<i32> {
        match name {
            "a" => Some(self.a),
            _ => None,
        }
    }

    // setattr 자리: 구조체는 필드가 늘지 않으니, 모르는 이름은 Err로 돌려준다.
    fn set_attr(&mut self, name: &str, value: i32) -> Result<(), String> {
        match name {
            "a" => {
                self.a = value;
                Ok(())
            }
            _ => Err(format!("Cls에는 {name:?} 필드가 없다")),
        }
    }
}

fn main() {
    let mut c = Cls { a: 1 };

    println!("{:?}", c.get_attr("a"));
    c.set_attr("a", 9).unwrap();
    println!("{:?}", c.get_attr("a"));

    // getattr(cls, "z", 0) 자리
    println!("{}", c.get_attr("z").unwrap_or(0));
    if let Err(e) = c.set_attr("z", 3) {
        println!("{e}");
    }

    // 이름을 코드에 쓸 수 있다면 그냥 필드다: c.a = 9, c.a
    c.a += 1;
    println!("{c:?}");
}
