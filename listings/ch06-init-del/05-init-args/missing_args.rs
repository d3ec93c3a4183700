struct Student {
    name: String,
}

impl Student {
    fn new(name: &str) -> Self {
        Student {
            name: name.to_string(),
        }
    }
}

fn main() {
    let student2 = Student::new(); // 인자를 빠뜨렸다
    println!("{}", student2.name);
}
