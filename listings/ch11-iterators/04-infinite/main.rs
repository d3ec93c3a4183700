use std::iter;

fn main() {
    // infinite_generator: 상태(count)를 클로저가 품고, 항목은 ()
    let mut count = 0;
    let mut g = iter::from_fn(move || {
        count += 1;
        println!("{count}");
        Some(()) // 끝이 없다: None을 돌려주는 일이 없다
    });
    // next(g)를 일곱 번: 무한 이터레이터는 take로 잘라서 쓴다
    let taken = g.by_ref().take(7).count();
    println!("{taken}개를 꺼냄");
    println!("{:?}", g.next()); // print(next(g))

    // 앞의 값에서 다음 값을 만드는 수열은 successors
    let naturals: Vec<u32> = iter::successors(Some(1), |n| Some(n + 1)).take(7).collect();
    println!("{naturals:?}");

    // 클로저가 None을 돌려주면 거기서 끝난다: u8 곱셈이 넘치는 순간
    let powers: Vec<u8> = iter::successors(Some(1u8), |n| n.checked_mul(2)).collect();
    println!("{powers:?}");
}
