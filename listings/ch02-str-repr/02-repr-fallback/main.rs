use std::fmt;

#[derive(Debug)]
struct OnlyRepr;

// 파이썬의 "__str__이 없으면 __repr__" 규칙은 러스트에 없다.
// 원하면 Display가 Debug에 일을 넘기도록 직접 쓴다.
impl fmt::Display for OnlyRepr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

// Debug는 자동으로 생기지 않는다: 컨테이너 안에서 {:?}로 찍으려면 derive가 필요하다
#[derive(Debug)]
struct OnlyStr;

impl fmt::Display for OnlyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OnlyStr의 Display")
    }
}

fn main() {
    println!("{}", OnlyRepr);
    let s = OnlyRepr.to_string();
    println!("{s}");
    println!("{}", OnlyStr);
    let items = [OnlyStr];
    println!("{items:?}"); // derive(Debug)가 만든 모양: 주소가 아니라 구조
}
