#[derive(Debug)]
struct Student {
    name: String,
    grade: u8,
}

fn main() {
    let student1 = Student {
        name: "철수".to_string(),
        grade: 1,
    };
    let grade = 2;
    // dbg!는 [파일:줄:열] 식 = 값(Debug)을 stderr에 찍는다
    dbg!(grade);
    dbg!(&student1); // 참조를 넘기면 값을 가져가지 않는다. 구조체는 {:#?}처럼 여러 줄로
    let next = dbg!(grade + 1); // 값을 그대로 돌려주니 식 한가운데 끼워 넣을 수 있다
    println!("next = {next}");
    // f"{x=}"처럼 한 줄로 남기고 싶다면 형식 문자열에 이름을 직접 적는다
    println!("grade={grade:?} student1={student1:?}");
    println!("{} {}", student1.name, student1.grade);
}
