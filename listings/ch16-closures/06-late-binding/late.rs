fn main() {
    let mut x = 1;
    let inner = || x; // inner가 x를 빌린다
    x = 2; // 빌려준 동안에는 바꿀 수 없다
    println!("{}", inner());
}
