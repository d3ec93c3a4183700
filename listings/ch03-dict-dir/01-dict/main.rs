use std::sync::atomic::{AtomicUsize, Ordering};

// 클래스 변수 자리: 타입 밖의 static. 어떤 인스턴스에도 들어 있지 않다
static STUDENT_COUNT: AtomicUsize = AtomicUsize::new(0);

// 키가 정해진 딕셔너리는 구조체가 된다
#[derive(Debug)]
struct Details {
    school: &'static str,
    grade: u8,
    number: &'static str,
}

// 인스턴스가 가진 것은 이 두 필드뿐이고, 그 목록은 컴파일할 때 정해진다
#[derive(Debug)]
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

    // __dict__를 찍어 보던 자리: derive(Debug)가 필드 이름과 값을 모두 보여 준다
    println!("{student1:?}");
    println!("{student2:#?}");
    // 필드는 이름으로 곧장 읽는다. 어떤 이름이 있는지는 컴파일러가 이미 안다
    let Details {
        school,
        grade,
        number,
    } = &student1.details;
    println!("{} {school} {grade} {number}", student1.name);
    // 클래스 변수는 Debug 출력에 없다. 타입에 딸린 함수나 static으로 따로 읽는다
    println!("{}", STUDENT_COUNT.load(Ordering::Relaxed));
}
