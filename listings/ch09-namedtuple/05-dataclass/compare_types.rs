#[derive(Debug, PartialEq, PartialOrd)]
struct Version {
    major: u32,
    minor: u32,
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Date {
    year: u32,
    month: u32,
}

fn main() {
    let v = Version {
        major: 2024,
        minor: 1,
    };
    let d = Date {
        year: 2024,
        month: 1,
    };
    // 파이썬의 Version(2024, 1) < Date(2024, 1)은 실행 중에 TypeError
    println!("{}", v < d);
}
