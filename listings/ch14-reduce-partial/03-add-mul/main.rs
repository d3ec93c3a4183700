#[derive(Clone, Copy)]
enum Choice {
    Add,
    Mul,
}

// *args → 슬라이스. 손으로 쓴 누적 루프 → sum과 product (fold(0, +)와 fold(1, *))
fn add_mul(choice: Choice, args: &[i64]) -> i64 {
    match choice {
        Choice::Add => args.iter().sum(),
        Choice::Mul => args.iter().product(),
    }
}

fn main() {
    let add = |args: &[i64]| add_mul(Choice::Add, args);
    let mul = |args: &[i64]| add_mul(Choice::Mul, args);

    println!("{}", add(&[1, 2, 3, 4, 5]));
    println!("{}", mul(&[1, 2, 3, 4, 5]));

    // 빈 입력에는 항등원: 0과 1
    println!("{} {}", add(&[]), mul(&[]));
}
