use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

// 모두가 함께 보고 함께 바꾸는 값: static. 바꾸려면 원자적 타입(또는 Mutex)이어야 한다
static STUDENT_COUNT: AtomicUsize = AtomicUsize::new(0);

struct Details {
    grade: u8,
    number: &'static str,
}

struct Student {
    name: String, // 인스턴스 변수: 학생마다 따로
    details: Details,
}

impl Student {
    // 모두가 함께 보지만 바뀌지 않는 값: 연관 상수
    const SCHOOL: &str = "inha";

    fn new(name: &str, details: Details) -> Self {
        let student = Student {
            name: name.to_string(),
            details,
        };
        // 값이 다 만들어진 다음에 센다: 만드는 도중에 패닉이 나면 세지도 않는다
        STUDENT_COUNT.fetch_add(1, Ordering::Relaxed);
        student
    }

    // 클래스 변수를 읽는 자리: self가 없으니 Student::student_count()로 부른다
    fn student_count() -> usize {
        STUDENT_COUNT.load(Ordering::Relaxed)
    }
}

// __del__ 자리. 언제 불리는지는 6장에서 본다
impl Drop for Student {
    fn drop(&mut self) {
        STUDENT_COUNT.fetch_sub(1, Ordering::Relaxed);
    }
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let d = &self.details;
        write!(
            f,
            "{} - {} {}학년 {}",
            self.name,
            Self::SCHOOL,
            d.grade,
            d.number
        )
    }
}

fn main() {
    let student1 = Student::new(
        "철수",
        Details {
            grade: 1,
            number: "010-1111-1111",
        },
    );
    let student2 = Student::new(
        "짱구",
        Details {
            grade: 2,
            number: "010-2222-2222",
        },
    );

    println!("{student1}");
    println!("{student2}");
    println!("{}", Student::student_count());
    println!("{}", Student::SCHOOL);
}
