fn sum_func(numbers: &[i32]) -> i32 {
    numbers.iter().sum()
}

fn main() {
    // 파이썬의 *numbers처럼 인자를 몇 개든 받는 함수는 러스트에 없다
    println!("{}", sum_func(100, 150, 250));
}
