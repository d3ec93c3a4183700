fn main() {
    let a = 20;
    let b_func = || {
        a += 10;
        println!("b_func안에서의 a값 : {a}");
    };
    b_func();
    println!("b_func밖에서의 a값 : {a}");
}
