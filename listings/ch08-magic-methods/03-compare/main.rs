use std::collections::HashSet;
use std::fmt;

// 필드를 선언한 순서대로 사전식으로 비교하는 구현을 derive가 만들어 준다.
// 파이썬의 _key() 튜플 비교와 같고, __ne__·__le__·__gt__·__ge__도 함께 생긴다.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

impl Version {
    fn new(major: u32, minor: u32, patch: u32) -> Self {
        Version {
            major,
            minor,
            patch,
        }
    }
}

// __repr__ 자리
impl fmt::Debug for Version {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

fn main() {
    let mut versions = vec![
        Version::new(1, 10, 0),
        Version::new(1, 2, 3),
        Version::new(0, 9, 9),
    ];
    versions.sort(); // Ord가 있어야 sort가 된다
    println!("{versions:?}");
    println!("{:?}", versions.iter().max().unwrap());
    println!(
        "{} {}",
        Version::new(1, 2, 3) == Version::new(1, 2, 3),
        Version::new(1, 2, 3) != Version::new(1, 2, 4)
    );
    println!("{}", Version::new(1, 2, 3) >= Version::new(1, 2, 0));

    // 해시는 비교와 따로 고르는 트레이트(Hash)다. Eq와 Hash가 있으면 집합에 넣을 수 있다.
    let set: HashSet<Version> = HashSet::from([Version::new(1, 2, 3)]);
    println!("{set:?}");
}
