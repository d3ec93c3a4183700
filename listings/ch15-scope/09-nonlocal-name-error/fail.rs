fn a_func() {
    let mut a = 20;
    let mut b_func = || {
        a += 10;
        println!("b_func안에서의 a값 : {a}");
    };
    b_func();
    println!("b_func밖에서의 a값 : {a}");
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {a}"); // a는 a_func 안에서만 있었다
}
