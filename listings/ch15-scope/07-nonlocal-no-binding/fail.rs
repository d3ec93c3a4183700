fn a_func() {
    let a = 20;
    // fn 아이템은 둘러싼 함수의 지역 변수를 잡을(capture) 수 없다
    fn b_func() -> i32 {
        a + 10
    }
    println!("a_func안에서의 a값 : {a}, b_func : {}", b_func());
}

fn main() {
    a_func();
}
