fn sum_func(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    // reduce: 첫 항목이 초깃값. 비어 있을 수 있으니 Option을 돌려준다
    println!("{:?}", (1..=10).reduce(sum_func));

    // 괄호가 쌓이는 모양
    let shape = (1..=10)
        .map(|n| n.to_string())
        .reduce(|acc, n| format!("({acc}+{n})"));
    println!("{}", shape.unwrap_or_default());

    // 중간 누적값들 (itertools.accumulate): scan
    let running: Vec<i32> = (1..=10)
        .scan(0, |acc, n| {
            *acc = sum_func(*acc, n);
            Some(*acc)
        })
        .collect();
    println!("{running:?}");

    // fold: 초깃값을 직접 준다. sum은 fold(0, +), product는 fold(1, *)에 이름을 붙인 것
    println!("{}", (1..=10).fold(0, sum_func));
    println!("{} {}", (1..=10).sum::<i32>(), (1..=5).product::<i32>());

    // 빈 범위: reduce는 None, fold는 초깃값
    println!("{:?}", (1..1).reduce(sum_func));
    println!("{}", (1..1).fold(0, sum_func));
}
