use std::collections::HashSet;

// @dataclass 자리: 필드를 선언하고, 필요한 메서드를 derive로 고른다
#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    grade: u8,
    tags: Vec<String>, // 가변 기본값의 함정이 없다: 값마다 새 Vec
}

impl Student {
    // 기본값이 있는 필드는 생성자가 채운다
    fn new(name: &str) -> Self {
        Student {
            name: name.to_string(),
            grade: 1,
            tags: Vec::new(),
        }
    }
}

// @dataclass(frozen=True, order=True) 자리. 필드 순서대로 비교하는 것까지 같다
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

fn main() {
    let mut s1 = Student::new("철수");
    let s2 = Student::new("철수");
    println!("{s1:?}");
    println!("{}", s1 == s2);
    s1.grade = 2; // let mut이니 바꿀 수 있다
    println!("{s1:?}");

    let v = Version::new;
    let mut versions = vec![v(1, 10, 0), v(1, 2, 3), v(0, 9, 9)];
    versions.sort();
    println!("{versions:?}");
    // 해시는 비교와 따로 고른다: Hash를 derive했으니 집합에 넣을 수 있다
    println!(
        "{} {:?}",
        v(1, 2, 0) < v(1, 10, 0),
        HashSet::from([v(1, 2, 0)])
    );
}
