/// `yield from a`: 안쪽 이터레이터를 그대로 돌려주면 된다
fn three_generator() -> impl Iterator<Item = i32> {
    let a = vec![1, 2, 3];
    a.into_iter()
}

fn main() {
    let mut three = three_generator();
    println!("{:?}", three.next());
    println!("{:?}", three.next());
    // by_ref: 이터레이터를 빌려주기만 해서 collect 뒤에도 three를 쓸 수 있다
    let rest: Vec<i32> = three.by_ref().collect();
    println!("{rest:?}");
    println!("{:?}", three.next());
}
