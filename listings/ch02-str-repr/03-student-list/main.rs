use std::fmt;

struct Details {
    school: &'static str,
    grade: u8,
    number: &'static str,
}

// 파이썬 dict의 repr과 같은 모양을 debug_map 빌더로 만든다
impl fmt::Debug for Details {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entry(&"school", &self.school)
            .entry(&"grade", &self.grade)
            .entry(&"number", &self.number)
            .finish()
    }
}

struct Student {
    name: &'static str,
    details: Details,
}

impl Student {
    fn new(name: &'static str, grade: u8, number: &'static str) -> Self {
        let details = Details {
            school: "inha",
            grade,
            number,
        };
        Student { name, details }
    }
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "str : {} - {:?}", self.name, self.details)
    }
}

impl fmt::Debug for Student {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "repr : {} - {:?}", self.name, self.details)
    }
}

fn main() {
    let student1 = Student::new("철수", 1, "010-1111-1111");
    let student2 = Student::new("짱구", 2, "010-2222-2222");
    let student3 = Student::new("훈이", 1, "010-3333-3333");

    let student_list = vec![student1, student2, student3]; // 세 학생이 벡터로 move된다

    // Vec<T>의 Debug는 원소마다 T의 Debug를 부른다: 파이썬 리스트가 repr()을 부르는 것과 같다
    println!("{student_list:?}");

    for x in &student_list {
        println!("{x}"); // 원소 하나는 Display
    }
}
