use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

static STUDENT_COUNT: AtomicUsize = AtomicUsize::new(0);

struct Student {
    name: String,
}

impl Student {
    fn new(name: &str) -> Self {
        let student = Student {
            name: name.to_string(),
        };
        let count = STUDENT_COUNT.fetch_add(1, Ordering::Relaxed) + 1;
        println!("new {name} (학생 수 {count})");
        student
    }
}

impl Drop for Student {
    fn drop(&mut self) {
        let count = STUDENT_COUNT.fetch_sub(1, Ordering::Relaxed) - 1;
        println!("drop {} (학생 수 {count})", self.name);
    }
}

fn enroll() {
    let _a = Student::new("짱구");
    let _b = Student::new("훈이");
    println!("enroll 끝");
} // 지역 변수는 선언의 역순으로 drop된다: 훈이, 짱구

fn main() {
    // 주인이 여럿인 값은 Rc로 명시한다. 파이썬의 참조 카운트를 손으로 드는 셈이다
    let student1 = Rc::new(Student::new("철수"));
    let alias = Rc::clone(&student1);
    drop(student1);
    println!("drop(student1) 다음: 주인 {}명", Rc::strong_count(&alias));
    drop(alias);
    println!("drop(alias) 다음");

    let mut student = Student::new("맹구");
    println!("지금 학생: {}", student.name);
    student = Student::new("유리"); // 새 값이 들어오기 직전에 이전 값이 drop된다
    println!("다시 대입한 다음: {}", student.name);

    enroll();
    println!("enroll 다음");
    let _ = Student::new("흰둥이"); // `_`는 이름이 아니다: 그 자리에서 drop

    let student = Student::new("봉미선"); // 가리기(shadowing): 유리는 아직 살아 있다
    println!("끝: {}", student.name);
} // 역순으로 봉미선, 유리
