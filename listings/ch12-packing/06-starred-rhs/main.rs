fn main() {
    let a_list = [1, 2, 3, 4];

    // 별표 같은 것은 필요 없다: 배열 패턴이 그대로 풀어 준다
    let [a, b, c, d] = a_list;
    println!("{a} {b} {c} {d}");

    // 튜플도 마찬가지
    let (x, y) = (a + b, c * d);
    println!("{x} {y}");
}
