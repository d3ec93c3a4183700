static A: i32 = 10;

fn a_func() {
    A = 20; // global 선언 같은 것은 없다: 평범한 static은 바꿀 수 없다
    println!("a_func안에서의 a값 : {A}");
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {A}");
}
