fn calculate(a: i64, b: i64, c: i64, d: i64) -> i64 {
    a * (b + 1) * (c + 2) * (d + 3)
}

fn main() {
    // reduce(max, [], initial=0): 초깃값이 있는 접기는 fold. 빈 입력이면 초깃값이 결과다
    let empty: [i64; 0] = [];
    println!("{}", empty.into_iter().fold(0, i64::max));

    // partial(calculate, Placeholder, 9): 클로저는 어느 자리든 고정한다. 빈 자리는 매개변수
    let nine = |a, c, d| calculate(a, 9, c, d);
    println!("{}", nine(2, 8, 7));

    // partial(calculate, c=8, d=7): 뒤의 인수를 고정해도 똑같이 클로저 하나
    let last_two = |a, b| calculate(a, b, 8, 7);
    println!("{}", last_two(2, 9));
}
