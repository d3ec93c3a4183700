// type은 러스트 예약어: 필드 이름으로 쓰려면 r#type
struct Element {
    tag: String,
    type: String,
}

fn main() {}
