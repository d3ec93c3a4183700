use std::fmt::Debug;

// def logged[**P, R](...): 타입 매개변수를 이름 뒤의 <> 안에 바로 적는다. 따로 선언할 것이 없다
fn logged<A: Debug, R: Debug>(name: &'static str, func: impl Fn(A) -> R) -> impl Fn(A) -> R {
    move |args| {
        let shown = format!("{args:?}");
        let result = func(args);
        println!("{name}{shown} -> {result:?}");
        result
    }
}

fn add((a, b): (i64, i64)) -> i64 {
    a + b
}

fn main() {
    // __type_params__에 해당하는 값은 없다: A와 R은 컴파일할 때 (i64, i64)와 i64로 정해지고 사라진다
    let add = logged("add", add);
    add((1, 2));
}
