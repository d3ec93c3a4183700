use std::collections::BTreeMap;

#[derive(Default)]
struct Record {
    fields: BTreeMap<String, i64>,
}

impl Record {
    fn set(&mut self, name: &str, value: i64) {
        self.fields.insert(name.to_string(), value);
    }
}

fn main() {
    let mut r = Record::default();
    // 파이썬에서는 __setattr__가 실행 중에 isinstance로 걸러 내던 값
    r.set("age", "스물");
    println!("{}", r.fields.len());
}
