fn main() {
    let a = vec![1, 2, 3];

    // a.__iter__()에 해당: IntoIterator 트레이트의 into_iter
    let mut a_iter = a.into_iter();

    println!("{:?}", a_iter.next());
    println!("{:?}", a_iter.next());
    println!("{:?}", a_iter.next());
    println!("{:?}", a_iter.next()); // 예외가 아니라 None
    println!("{:?}", a_iter.next()); // 몇 번을 불러도 None
}
