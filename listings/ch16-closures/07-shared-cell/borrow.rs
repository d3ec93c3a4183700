fn main() {
    let mut count = 0;
    let mut increment = || count += 1; // count를 &mut로 빌린다
    let get = || count; // 그동안 또 빌리면
    increment();
    println!("{}", get());
}
