const A: i32 = 10;

fn a_func() {
    let b = A + 1;
    println!("{b}");
}

fn main() {
    a_func();
}
