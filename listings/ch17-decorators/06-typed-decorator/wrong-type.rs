use std::fmt::Debug;

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

fn add((a, b): (i64, i64)) -> i64 {
    a + b
}

fn main() {
    let add = logged("add", add);
    add(("1", "2")); // add("1", "2")
}
