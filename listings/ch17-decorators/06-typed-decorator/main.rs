use std::fmt::Debug;

// logged: ParamSpec P의 자리에 인자 A, TypeVar R의 자리에 R. 검사는 컴파일러가 한다
fn logged<F, A, R>(name: &'static str, func: F) -> impl Fn(A) -> R
where
    F: Fn(A) -> R,
    A: Debug,
    R: Debug,
{
    move |args| {
        let shown = format!("{args:?}");
        let result = func(args);
        println!("{name}{shown} -> {result:?}");
        result
    }
}

// 인자 여럿은 튜플 하나로: 매개변수 자리의 튜플 패턴이 풀어 준다
fn add((a, b): (i64, i64)) -> i64 {
    a + b
}

fn main() {
    let add = logged("add", add);
    add((1, 2));
}
