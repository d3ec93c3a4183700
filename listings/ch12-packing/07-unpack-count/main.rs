fn main() {
    // 길이가 타입에 들어 있는 배열: 패턴의 개수가 틀리면 컴파일 오류(fail.rs)
    let a_list = [1, 2, 3, 4];
    let [a, b, c, d] = a_list;
    println!("{a} {b} {c} {d}");

    // 길이를 실행해 봐야 아는 Vec: 패턴이 맞지 않을 때 할 일을 let-else로 적어야 한다
    let a_vec: Vec<i32> = "1 2 3 4".split(' ').map(|s| s.parse().unwrap()).collect();
    let [a, b] = a_vec[..] else {
        println!("원소가 2개가 아니라 {}개", a_vec.len());
        return;
    };
    println!("{a} {b}");
}
