use std::fmt;

// 파이썬의 dict 대신 필드가 정해진 구조체
// (문자열 리터럴만 담으므로 &'static str; 입력을 받는 프로그램이라면 String)
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

// __str__ → Display: 사용자에게 보여 줄 모양, {} 로 찍힌다
impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "str : {} - {:?}", self.name, self.details)
    }
}

// __repr__ → Debug: 개발자가 볼 모양, {:?} 로 찍힌다
impl fmt::Debug for Student {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "repr : {} - {:?}", self.name, self.details)
    }
}

fn main() {
    let student1 = Student {
        name: "철수",
        details: Details {
            school: "inha",
            grade: 1,
            number: "010-1111-1111",
        },
    };
    println!("{student1}"); // print(student1)
    let repr = format!("{student1:?}"); // repr(student1)
    println!("{repr}");
    let s = student1.to_string(); // str(student1): Display가 있으면 to_string()이 생긴다
    println!("{s}");
    println!("{student1:?}"); // f"{student1!r}"
}
