// 파이썬의 class cls: a = 1; def b(self): pass
struct Cls {
    a: i32,
}

impl Cls {
    fn b(&self) {}

    // 러스트 값에는 실행 중에 물어볼 어트리뷰트 목록이 없다.
    // 이름이 데이터(문자열)로 들어올 때만 이런 함수가 필요하고, 아는 이름을 match로 적는다.
    fn has_attr(name: &str) -> bool {
        matches!(name, "a" | "b")
    }
}

fn main() {
    println!("{}", Cls::has_attr("a"));
    println!("{}", Cls::has_attr("b"));
    println!("{}", Cls::has_attr("c"));

    // 이름을 코드에 직접 쓸 때는 물어볼 필요가 없다: 없으면 컴파일이 안 된다.
    let c = Cls { a: 1 };
    c.b();
    println!("{}", c.a);
}
