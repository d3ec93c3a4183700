fn main() {
    let total: i32 = (1..1).reduce(|a, b| a + b);
    println!("{total}");
}
