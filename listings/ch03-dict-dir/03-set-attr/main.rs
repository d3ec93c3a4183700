#[derive(Debug)]
struct Student {
    name: String,
    grade: u8,
}

impl Student {
    // 이름을 문자열로 받아 바꿔야 할 때(설정 파일, 폼 입력…)는 직접 짝을 지어 준다.
    // 모르는 이름과 맞지 않는 값은 조용히 넘어가지 않고 Err가 된다
    fn set_field(&mut self, key: &str, value: &str) -> Result<(), String> {
        match key {
            "name" => self.name = value.to_string(),
            "grade" => self.grade = value.parse().map_err(|e| format!("grade: {e}"))?,
            _ => return Err(format!("Student에는 {key} 필드가 없다")),
        }
        Ok(())
    }
}

fn main() {
    let mut student1 = Student {
        name: "철수".to_string(),
        grade: 1,
    };

    student1.name = "맹구".to_string(); // 필드 이름이 맞아야만 컴파일된다
    println!("{} {}", student1.name, student1.grade);

    println!("{:?}", student1.set_field("nmae", "짱구"));
    println!("{:?}", student1.set_field("grade", "이"));
    println!("{:?}", student1.set_field("grade", "2"));
    println!("{student1:?}");
}
