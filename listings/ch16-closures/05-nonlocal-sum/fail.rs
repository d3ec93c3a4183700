fn sum_fun(m: i32) -> impl FnMut(i32) -> i32 {
    let mut value = m;
    move |n| {
        value += n;
        value
    }
}

fn main() {
    let a = sum_fun(10); // mut를 빠뜨렸다
    println!("{}", a(20));
}
