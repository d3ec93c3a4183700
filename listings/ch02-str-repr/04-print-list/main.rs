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

// 새 타입(newtype)으로 감싸면 "이 목록은 이렇게 보여 준다"를 우리가 정할 수 있다
struct Roster<'a>(&'a [Student]);

impl fmt::Display for Roster<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[")?;
        for (i, student) in self.0.iter().enumerate() {
            if i > 0 {
                write!(f, ", ")?;
            }
            write!(f, "{student}")?;
        }
        write!(f, "]")
    }
}

fn main() {
    let student_list = vec![
        Student::new("철수", 1, "010-1111-1111"),
        Student::new("짱구", 2, "010-2222-2222"),
    ];

    // 1) 원소마다 to_string()을 불러 이어 붙인다 (", ".join(str(x) for x in ...))
    let joined: Vec<String> = student_list.iter().map(|x| x.to_string()).collect();
    println!("{}", joined.join(", "));
    // 2) 래퍼 타입의 Display
    println!("{}", Roster(&student_list));
    // 3) 한 줄에 하나씩
    for x in &student_list {
        println!("{x}");
    }
}
