fn sum(a: i32, b: i32, c: i32, d: i32) -> i32 {
    a + b + c + d
}

fn main() {
    let a_list = [1, 2, 3, 4];

    // 러스트에는 sum(*a_list) 같은 펼치기 연산자가 없다: 먼저 패턴으로 풀고 넘긴다
    let [a, b, c, d] = a_list;
    println!("{}", sum(a, b, c, d));
}
