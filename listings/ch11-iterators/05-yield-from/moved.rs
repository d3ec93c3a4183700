fn three_generator() -> impl Iterator<Item = i32> {
    let a = vec![1, 2, 3];
    a.into_iter()
}

fn main() {
    let mut three = three_generator();
    println!("{:?}", three.next());
    println!("{:?}", three.next());
    let rest: Vec<i32> = three.collect(); // collect(self): three가 여기로 옮겨 간다
    println!("{rest:?}");
    println!("{:?}", three.next());
}
