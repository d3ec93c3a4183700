use std::collections::BTreeMap;

struct Details {
    school: &'static str,
    grade: u8,
    number: &'static str,
}

struct Student {
    name: String,
    details: Details,
}

// 실행 중에 "이름 → 값" 표가 정말 필요하다면, 작은 트레이트로 직접 만든다
trait Fields {
    fn fields(&self) -> BTreeMap<&'static str, String>;
}

impl Fields for Details {
    fn fields(&self) -> BTreeMap<&'static str, String> {
        // 구조 분해는 필드를 하나라도 빠뜨리면 컴파일되지 않는다(E0027).
        // 필드를 추가하고 여기를 잊으면 컴파일러가 알려 준다
        let Details {
            school,
            grade,
            number,
        } = self;
        BTreeMap::from([
            ("school", school.to_string()),
            ("grade", grade.to_string()),
            ("number", number.to_string()),
        ])
    }
}

impl Fields for Student {
    fn fields(&self) -> BTreeMap<&'static str, String> {
        let Student { name, details } = self;
        BTreeMap::from([
            ("name", name.clone()),
            ("details", format!("{:?}", details.fields())),
        ])
    }
}

fn main() {
    let student1 = Student {
        name: "철수".to_string(),
        details: Details {
            school: "inha",
            grade: 1,
            number: "010-1111-1111",
        },
    };

    // dir()처럼 정렬된 이름 목록. 다만 메서드는 없다: 우리가 만든 표일 뿐이다
    let names: Vec<_> = student1.fields().into_keys().collect();
    println!("{names:?}");
    for (name, value) in student1.fields() {
        println!("{name} = {value}");
    }
}
