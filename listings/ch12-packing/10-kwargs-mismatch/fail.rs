struct Abc {
    a: i32,
    b: i32,
    c: i32,
}

fn sum(Abc { a, b, c }: Abc) -> i32 {
    a + b + c
}

fn main() {
    println!("{}", sum(Abc { a: 1, b: 2, d: 3 }));
    println!("{}", sum(Abc { a: 1, b: 2 }));
}
