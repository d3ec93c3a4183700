use std::sync::atomic::{AtomicUsize, Ordering};

static STUDENT_COUNT: AtomicUsize = AtomicUsize::new(0);

#[derive(Default)]
struct Details {
    school: String,
    grade: u8,
}

struct Student {
    name: String,
    details: Details,
}

impl Student {
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

// 인자 없이 만드는 방법은 Default 트레이트로 따로 약속한다
impl Default for Student {
    fn default() -> Self {
        Student::new("전학생", Details::default()) // 빈 문자열, 0
    }
}

// 값이 다 만들어진 다음에만 불린다
impl Drop for Student {
    fn drop(&mut self) {
        STUDENT_COUNT.fetch_sub(1, Ordering::Relaxed);
    }
}

fn show(student: &Student) {
    let d = &student.details;
    println!("{} {:?} {}", student.name, d.school, d.grade);
}

fn main() {
    let transfer = Student::default();
    show(&transfer);
    let student1 = Student::new(
        "철수",
        Details {
            school: "inha".to_string(),
            grade: 1,
        },
    );
    show(&student1);
    // 구조체 갱신 문법: 적지 않은 필드는 Default에서 채운다
    let student2 = Student::new(
        "짱구",
        Details {
            grade: 2,
            ..Default::default()
        },
    );
    show(&student2);
    println!("{}", Student::student_count());
}
