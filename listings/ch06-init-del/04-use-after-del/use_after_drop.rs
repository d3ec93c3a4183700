struct Student {
    name: String,
}

fn main() {
    let student1 = Student {
        name: "철수".to_string(),
    };
    drop(student1);
    println!("{}", student1.name); // 이미 넘겨준 값
}
