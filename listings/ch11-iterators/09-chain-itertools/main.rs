use std::io::{BufRead, Cursor};
use std::iter;

/// yield from이 중간에 섞인 제너레이터: 이터레이터들을 chain으로 잇는다
fn numbers() -> impl Iterator<Item = i32> {
    iter::once(0).chain([1, 2]).chain(3..5).chain(iter::once(5))
}

fn main() {
    println!("{:?}", numbers().collect::<Vec<_>>());

    // count(10, 5)는 (10..).step_by(5), islice(…, 4)는 take(4)
    let counted: Vec<i32> = (10..).step_by(5).take(4).collect();
    println!("{counted:?}");
    // chain은 그대로 chain, chain.from_iterable은 flatten
    let chained: Vec<char> = "ab".chars().chain("cd".chars()).collect();
    println!("{chained:?}");
    let flat: Vec<i32> = vec![vec![1, 2], vec![3], vec![]]
        .into_iter()
        .flatten()
        .collect();
    println!("{flat:?}");
    // takewhile은 take_while
    let small: Vec<i32> = [1, 2, 3, 1].into_iter().take_while(|&x| x < 3).collect();
    println!("{small:?}");

    // iter(buf.readline, ""): 부를 때마다 한 줄을 읽는 클로저를 from_fn에 넘긴다
    let mut buf = Cursor::new("첫 줄\n둘째 줄\n");
    let lines: Vec<String> = iter::from_fn(|| {
        let mut line = String::new();
        match buf.read_line(&mut line) {
            Ok(0) | Err(_) => None, // 0바이트 = 파일 끝: 파이썬의 sentinel ""
            Ok(_) => Some(line),
        }
    })
    .collect();
    println!("{lines:?}");
}
