use std::fmt;

/// 길이가 다른 두 슬라이스: 파이썬의 `strict=True`가 내는 ValueError의 자리
#[derive(Debug)]
struct LengthMismatch {
    left: usize,
    right: usize,
}

impl fmt::Display for LengthMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "길이가 다르다: {} != {}", self.left, self.right)
    }
}

impl std::error::Error for LengthMismatch {}

/// zip(strict=True): 길이를 먼저 맞춰 보고, 같을 때만 짝을 짓는다
fn zip_strict<'a, A, B>(
    xs: &'a [A],
    ys: &'a [B],
) -> Result<impl Iterator<Item = (&'a A, &'a B)>, LengthMismatch> {
    if xs.len() == ys.len() {
        Ok(xs.iter().zip(ys))
    } else {
        Err(LengthMismatch {
            left: xs.len(),
            right: ys.len(),
        })
    }
}

fn main() {
    let xs = [1, 2, 3];
    let ys = [10, 20, 30, 40];

    // 러스트의 zip은 파이썬의 zip처럼 짧은 쪽에서 멈춘다. 엄격하게 하려면 길이를 먼저 본다
    match zip_strict(&xs, &ys) {
        Ok(pairs) => println!("{:?}", pairs.collect::<Vec<_>>()),
        Err(e) => println!("zip: {e}"),
    }

    // map(add, xs, ys, strict=True): 같은 검사 뒤에 map
    let sums: Result<Vec<i32>, _> = zip_strict(&xs, &ys).map(|p| p.map(|(x, y)| x + y).collect());
    match sums {
        Ok(v) => println!("{v:?}"),
        Err(e) => println!("map: {e}"),
    }

    // 길이가 같으면 Ok
    let pairs: Vec<_> = zip_strict(&xs, &ys[..3]).expect("길이가 같다").collect();
    println!("{pairs:?}");
}
