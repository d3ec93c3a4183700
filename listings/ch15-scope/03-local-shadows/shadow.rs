static A: i32 = 10;

fn a_func() {
    let A = 20; // 전역 static과 같은 이름의 지역 변수
    println!("a_func안에서의 a값 : {A}");
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {A}");
}
