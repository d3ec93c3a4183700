fn main() {
    // (i for i in [10, 20, 30] if i >= 20)
    let mut a = [10, 20, 30].into_iter().filter(|&i| i >= 20);
    println!("{a:?}"); // 아직 아무것도 걸러지지 않았다
    println!("{:?}", a.next());
    println!("{:?}", a.next());
    println!("{:?}", a.next());
}
