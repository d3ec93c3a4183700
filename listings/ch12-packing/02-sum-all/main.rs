// 개수가 정해지지 않은 같은 타입의 값들: 슬라이스로 받는다
fn sum_all(numbers: &[i32]) -> i32 {
    numbers.iter().sum()
}

// 배열, Vec, 범위, 이터레이터 체인… 무엇이든 받고 싶다면
fn sum_all_iter(numbers: impl IntoIterator<Item = i32>) -> i32 {
    numbers.into_iter().sum()
}

// 호출 문법까지 sum_all(1, 2, 3)처럼 쓰고 싶다면 매크로
macro_rules! sum_all {
    ($($n:expr),* $(,)?) => {
        sum_all(&[$($n),*])
    };
}

fn main() {
    println!("{}", sum_all(&[1, 2, 3])); // 6
    println!("{}", sum_all(&[1, 2, 3, 4, 5, 6])); // 21

    let numbers = vec![1, 2, 3];
    println!("Vec: {}", sum_all(&numbers));
    println!("빈 슬라이스: {}", sum_all(&[]));
    println!("범위: {}", sum_all_iter(1..=6));
    println!(
        "이터레이터: {}",
        sum_all_iter(numbers.iter().map(|n| n * 10))
    );
    println!("매크로: {}", sum_all!(1, 2, 3, 4, 5, 6));
}
