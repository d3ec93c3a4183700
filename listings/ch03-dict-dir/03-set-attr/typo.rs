struct Student {
    name: String,
}

fn main() {
    let mut student1 = Student {
        name: "철수".to_string(),
    };
    student1.nmae = "맹구".to_string(); // 오타: 새 필드가 생기지 않는다
    println!("{}", student1.name);
}
