use std::fmt;

struct Student {
    name: &'static str,
}

// Vec도 Display도 남의 크레이트(std) 것이라 여기서 짝지을 수 없다 (고아 규칙)
impl fmt::Display for Vec<Student> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for student in self {
            write!(f, "{} ", student.name)?;
        }
        Ok(())
    }
}

fn main() {
    let student_list = vec![Student { name: "철수" }];
    println!("{student_list}");
}
