fn main() {
    let a_list = [1, 2, 3, 4, 5];

    // 배열 패턴: 가운데를 `b @ ..`로 묶는다. 길이가 타입에 있으니 b는 [i32; 3]
    let [a, b @ .., c] = a_list;
    let spread: Vec<String> = b.iter().map(|x| x.to_string()).collect();
    println!("{a} {} {c}", spread.join(" "));
    println!("{a} {b:?} {c}");
    println!("{}", std::any::type_name_of_val(&b));

    // 길이를 모르는 Vec은 슬라이스 패턴으로: 짧은 경우를 빠뜨리면 컴파일되지 않는다
    for v in [vec![1, 2, 3, 4, 5], vec![7], vec![]] {
        match v.as_slice() {
            [first, rest @ .., last] => println!("{first} {rest:?} {last}"),
            [only] => println!("원소가 하나뿐: {only}"),
            [] => println!("비어 있음"),
        }
    }
}
