struct Cls {
    a: i32,
}

fn main() {
    let c = Cls { a: 1 };
    println!("{}", c.a);
    // 파이썬의 getattr(cls, "z")는 실행 중에 AttributeError
    println!("{}", c.z);
}
