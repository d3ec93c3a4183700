/// 실행 중에도 읽을 설명이 있는 타입. 설명이 없으면 기본값 None
trait Documented {
    const DOC: Option<&'static str> = None;
}

// 설명 글을 한 곳에만 쓰기 위한 매크로: 문서 속성과 상수가 같은 리터럴을 쓴다
macro_rules! student_doc {
    () => {
        "학생 한 명의 이름과 세부 정보."
    };
}

#[doc = student_doc!()] // `/// 글`은 `#[doc = " 글"]`을 줄여 쓴 것이다
struct Student {
    name: String,
}

impl Documented for Student {
    const DOC: Option<&'static str> = Some(student_doc!());
}

/// 이 문서는 cargo doc에만 있다. DOC 상수는 기본값 None 그대로다
struct Classroom;

impl Documented for Classroom {}

// T::DOC는 컴파일할 때 정해지는 상수다. 실행 중에 바꿀 수 없다
fn describe<T: Documented>() -> &'static str {
    T::DOC.unwrap_or("(설명 없음)")
}

fn main() {
    let student1 = Student {
        name: "철수".to_string(),
    };
    println!("{}: {}", student1.name, describe::<Student>());
    println!("{:?} {:?}", Student::DOC, Classroom::DOC);
    println!("{}", describe::<Classroom>());
}
