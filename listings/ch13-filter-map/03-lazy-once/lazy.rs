#![deny(unused_must_use)] // 기본은 경고(warn). 책에서는 오류로 올려 고정해 둔다

fn main() {
    let a = [1, 2, 3];
    a.iter().map(|n| {
        println!("  map_func({n})"); // 한 번도 출력되지 않는다
        n * 100
    });
}
