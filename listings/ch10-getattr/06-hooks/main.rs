use std::collections::BTreeMap;

// 파이썬의 Record: 이름 → 정수 값. 어트리뷰트 문법을 가로채는 대신 이름 있는 메서드로 읽고 쓴다
#[derive(Debug, Default)]
struct Record {
    fields: BTreeMap<String, i64>,
}

impl Record {
    // __getattr__ 자리: 없는 이름은 예외가 아니라 None
    fn get(&self, name: &str) -> Option<i64> {
        self.fields.get(name).copied()
    }

    // __setattr__ 자리: "정수만 넣는다"는 검사는 시그니처가 컴파일할 때 한다
    fn set(&mut self, name: &str, value: i64) {
        self.fields.insert(name.to_string(), value);
    }

    // __delattr__ 자리: 지운 값을 돌려준다. 없던 이름이면 None
    fn remove(&mut self, name: &str) -> Option<i64> {
        self.fields.remove(name)
    }
}

fn main() {
    let mut r = Record::default();
    r.set("age", 20);
    println!("{:?}", r.get("age"));
    r.set("age", 21);
    r.set("score", 90);
    println!("{r:?}");
    println!("{:?} {:?}", r.remove("score"), r.remove("score"));
    println!(
        "{}",
        r.get("score").map_or("없음".to_string(), |v| v.to_string())
    );
}
