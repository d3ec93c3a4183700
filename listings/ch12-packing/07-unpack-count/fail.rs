fn main() {
    let a_list = [1, 2, 3, 4];
    let [a, b] = a_list;
    println!("{a} {b}");
}
