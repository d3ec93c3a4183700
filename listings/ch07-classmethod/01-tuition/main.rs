use std::fmt;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

// 클래스 변수: 타입 전체에 하나뿐인 값은 static에 둔다.
// 여러 스레드가 동시에 바꿀 수 있으니 원자적 타입이어야 한다.
static STUDENT_COUNT: AtomicUsize = AtomicUsize::new(0);
static TUITION: AtomicI64 = AtomicI64::new(1_000_000);

// 파이썬의 details 딕셔너리는 키가 정해져 있으니 구조체로 바꾼다.
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
    // 생성자도 self가 없는 연관 함수(associated function)다.
    fn new(name: &str, details: Details) -> Self {
        let student = Student {
            name: name.to_string(),
            details,
        };
        // 값이 다 만들어진 다음에 센다: 만드는 도중에 패닉이 나면 세지도 않는다
        STUDENT_COUNT.fetch_add(1, Ordering::Relaxed);
        student
    }

    // @classmethod 자리: 인스턴스 없이 타입 이름으로 부르고, 타입의 상태를 다룬다.
    fn tuition() -> i64 {
        TUITION.load(Ordering::Relaxed)
    }

    fn change_tuition(price: i64) {
        TUITION.store(price, Ordering::Relaxed);
    }

    fn student_count() -> usize {
        STUDENT_COUNT.load(Ordering::Relaxed)
    }

    // @staticmethod 자리: 타입의 상태도 인스턴스도 쓰지 않는 보통 함수.
    fn is_valid_price(price: i64) -> bool {
        0 < price && price <= 10_000_000
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

// __del__ 자리
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

    println!("{}", Student::tuition());
    Student::change_tuition(2_000_000);
    println!("{}", Student::tuition());

    println!("{}", Student::student_count());
    println!(
        "{} {}",
        Student::is_valid_price(2_000_000),
        Student::is_valid_price(-1)
    );

    drop(student2); // 여기서 Drop::drop이 불린다
    println!("{}", Student::student_count());
    println!("{student1}");
}
