// repeat(n)(func): 러스트에는 @가 없으니 세 겹으로 감쌀 이유도 없다. n은 인자 하나 더일 뿐
fn repeat<A: Copy>(n: usize, func: impl Fn(A)) -> impl Fn(A) {
    move |arg| {
        for _ in 0..n {
            func(arg);
        }
    }
}

fn hello(name: &str) {
    println!("안녕, {name}");
}

fn bold(func: impl Fn() -> String) -> impl Fn() -> String {
    println!("bold가 감싼다");
    move || format!("<b>{}</b>", func())
}

fn italic(func: impl Fn() -> String) -> impl Fn() -> String {
    println!("italic이 감싼다");
    move || format!("<i>{}</i>", func())
}

fn text() -> String {
    "러스트".to_string()
}

fn main() {
    let hello = repeat(3, hello);
    hello("파이썬");

    // @bold @italic: 순서가 식에 그대로 보인다. 안쪽의 italic이 먼저 불린다
    let text = bold(italic(text));
    println!("{}", text());
}
