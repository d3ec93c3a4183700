fn sum_fun(m: i32) -> impl FnMut(i32) -> i32 {
    let mut value = m;
    // nonlocal 선언 대신: value를 move로 가져가 클로저가 소유하고 고친다
    move |n| {
        value += n;
        value
    }
}

fn main() {
    let mut a = sum_fun(10);
    println!("{}", a(20));
    println!("{}", a(30));

    let mut b = sum_fun(100); // 호출할 때마다 새 value를 가진 새 클로저
    println!("{}", b(1));
    println!("{}", a(1));
}
