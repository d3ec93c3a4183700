#[derive(Clone, Copy, Default, PartialEq)]
struct Vector {
    x: i64,
    y: i64,
}

fn main() {
    let v3 = Vector::default();
    // 파이썬의 `if v3:` 는 __bool__을 부른다. 러스트의 if는 bool만 받는다.
    if v3 {
        println!("v3는 영벡터가 아님: ({}, {})", v3.x, v3.y);
    }
}
