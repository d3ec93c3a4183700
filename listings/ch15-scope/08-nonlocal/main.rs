const A: i32 = 10;

fn a_func() {
    let mut a = 20;
    // 클로저는 바깥 지역 변수를 잡는다. a를 바꾸므로 &mut a로 빌리고, 클로저는 FnMut이 된다.
    let mut b_func = || {
        a += 10; // nonlocal a; a = a + 10
        println!("b_func안에서의 a값 : {a}"); // 30
    };
    b_func();
    // b_func를 더는 쓰지 않으니 &mut 빌림이 끝났고, a를 다시 읽을 수 있다
    println!("b_func밖에서의 a값 : {a}"); // 30
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {A}"); // 10
}
