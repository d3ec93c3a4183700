use std::fmt;

/// 파이썬 제너레이터는 'A'와 1을 섞어 내놓는다. 러스트에서는 그 "섞임"을 열거형으로 적는다.
enum Item {
    Char(char),
    Int(i32),
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Item::Char(c) => write!(f, "{c}"),
            Item::Int(n) => write!(f, "{n}"),
        }
    }
}

/// repr처럼: 문자는 따옴표를 붙여, 숫자는 그대로
impl fmt::Debug for Item {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Item::Char(c) => write!(f, "{c:?}"),
            Item::Int(n) => write!(f, "{n:?}"),
        }
    }
}

/// `yield from "AB"` 다음에 `yield from range(1, 4)`: 두 이터레이터를 잇는 `chain`
fn generator() -> impl Iterator<Item = Item> {
    "AB".chars().map(Item::Char).chain((1..4).map(Item::Int))
}

fn main() {
    let mut t1 = generator();
    for _ in 0..5 {
        if let Some(item) = t1.next() {
            println!("{item}");
        }
    }

    let t2: Vec<Item> = generator().collect();
    println!("{t2:?}");

    // for 루프로 하나씩 내놓든 yield from으로 넘기든, 러스트에서는 같은 chain이다
    for item in generator() {
        println!("{item}");
    }
}
