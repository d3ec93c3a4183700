fn main() {
    let mut a = 20;
    let mut b_func = || {
        a += 10;
        println!("b_func안에서의 a값 : {a}");
    };
    b_func();
    println!("b_func밖에서의 a값 : {a}"); // b_func가 아직 a를 &mut으로 빌리고 있다
    b_func();
}
