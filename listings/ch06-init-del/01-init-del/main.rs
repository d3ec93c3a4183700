use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

static STUDENT_COUNT: AtomicUsize = AtomicUsize::new(0);

struct Details {
    school: &'static str,
    grade: u8,
    number: &'static str,
}

struct Student {
    name: String,
    details: Details,
}

impl Student {
    // __init__ 자리. 러스트에는 특별한 생성자가 없다: 값을 만들어 돌려주는 보통 함수다
    fn new(name: &str, details: Details) -> Self {
        let student = Student {
            name: name.to_string(),
            details,
        };
        // 값이 다 만들어진 다음에 센다: 만드는 도중에 패닉이 나면 세지도 않는다
        STUDENT_COUNT.fetch_add(1, Ordering::Relaxed);
        student
    }

    fn student_count() -> usize {
        STUDENT_COUNT.load(Ordering::Relaxed)
    }
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let d = &self.details;
        write!(
            f,
            "str : {} - {} {}학년 {}",
            self.name, d.school, d.grade, d.number
        )
    }
}

// __del__ 자리. 값의 주인이 사라지는 바로 그 순간에 불린다
impl Drop for Student {
    fn drop(&mut self) {
        STUDENT_COUNT.fetch_sub(1, Ordering::Relaxed);
    }
}

fn main() {
    let student1 = Student::new(
        "철수",
        Details {
            school: "inha",
            grade: 1,
            number: "010-1111-1111",
        },
    );
    let student2 = Student::new(
        "짱구",
        Details {
            school: "inha",
            grade: 2,
            number: "010-2222-2222",
        },
    );

    println!("{}", Student::student_count());
    drop(student1); // del student1
    println!("{}", Student::student_count());
    println!("{student2}");
} // student2는 여기서 drop된다
