fn a_func() -> impl FnMut() -> i32 {
    let mut a = 20;
    println!("a_func의 시작시점의 a값 : {a}");
    // move가 없으면 클로저는 a를 빌리기만 한다: a는 a_func가 끝나면 사라진다
    || {
        a += 10;
        a
    }
}

fn main() {
    let mut c = a_func();
    println!("{}", c());
}
