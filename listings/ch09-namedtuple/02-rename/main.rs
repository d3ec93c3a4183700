// 필드 이름은 컴파일할 때 검사된다: 이름이 겹치면 E0124, 러스트 예약어는 문법 에러.
// class는 러스트 예약어가 아니니 그대로 쓰고, 예약어 type은 원시 식별자 r#type으로 쓴다.
#[derive(Debug)]
struct Element {
    tag: String,
    class: String,
    r#type: String,
}

// rename=True가 만든 _2, _3은 위치로 지은 이름이다.
// 이름이 필요 없으면 튜플 구조체를 쓰고 필드를 위치(.0, .1, …)로 부른다.
#[derive(Debug)]
struct Point4(i32, i32, i32, i32);

fn main() {
    let p4 = Point4(10, 20, 30, 40);
    println!("{} {} {} {}", p4.0, p4.1, p4.2, p4.3);
    println!("{p4:?}");

    let e = Element {
        tag: "input".to_string(),
        class: "box".to_string(),
        r#type: "text".to_string(),
    };
    println!("{e:?}");
    println!("{} {} {}", e.tag, e.class, e.r#type);
}
