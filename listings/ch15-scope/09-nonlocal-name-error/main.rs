fn a_func() -> i32 {
    let mut a = 20;
    let mut b_func = || {
        a += 10;
        println!("b_func안에서의 a값 : {a}"); // 30
    };
    b_func();
    println!("b_func밖에서의 a값 : {a}"); // 30
    a // 바깥에서도 값이 필요하면 돌려준다 (i32는 Copy라 값이 복사된다)
}

fn main() {
    let a = a_func(); // main의 새 변수 a
    println!("a_func가 돌려준 a값 : {a}");
}
