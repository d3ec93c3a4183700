use std::fmt;

struct Student {
    name: &'static str,
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "str : {}", self.name)
    }
}

fn main() {
    let student_list = vec![Student { name: "철수" }, Student { name: "짱구" }];
    // 원소가 Display여도 Vec에는 Display가 없다
    println!("{}", student_list);
}
