use std::fmt;

// Display만 있고 Debug는 없는 타입
struct OnlyStr;

impl fmt::Display for OnlyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OnlyStr의 Display")
    }
}

fn main() {
    println!("{}", OnlyStr);
    // 파이썬의 repr(OnlyStr())는 기본 __repr__을 돌려주지만 러스트에는 기본 Debug가 없다
    println!("{:?}", OnlyStr);
}
