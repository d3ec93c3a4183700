fn map_func(num: i32) -> i32 {
    println!("  map_func({num})");
    num * 100
}

fn filter_func(num: &i32) -> bool {
    println!("  filter_func({num})");
    *num >= 300
}

fn main() {
    let a = [1, 2, 3, 4];

    let m = a.into_iter().map(map_func);
    println!("{m:?}");
    println!("collect 전: map_func는 아직 한 번도 불리지 않았다");
    // 두 번 쓰려면 이터레이터를 복제한다. 복제본은 처음부터 다시 돈다
    let first: Vec<i32> = m.clone().collect();
    println!("{first:?}");
    let second: Vec<i32> = m.collect(); // 여기서 m은 옮겨 가고 끝난다
    println!("{second:?}");

    println!("파이프라인:");
    for x in a.into_iter().map(map_func).filter(filter_func) {
        println!("얻음 {x}");
    }
}
