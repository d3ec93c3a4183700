const A: [i32; 1] = [10];

fn a_func() {
    let a = vec![20]; // 함수 안의 새 Vec
    println!("a_func안에서의 a값 : {a:?}");
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {A:?}");
}
