fn a_func(a: &mut Vec<i32>) {
    a.push(20);
    println!("a_func안에서의 a값 : {a:?}");
}

fn main() {
    let a = vec![10]; // mut이 없다
    a_func(&mut a);
    println!("a_func밖에서의 a값 : {a:?}");
}
