use std::fmt;

struct Student {
    name: String,
}

impl fmt::Display for Student {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "학생 {}", self.name)
    }
}

impl Drop for Student {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

// 값을 받는(move) 함수: 이제 이 함수가 주인이라, 끝날 때 drop한다
fn graduate(student: Student) {
    println!("{student} 졸업");
}

// 빌리는(borrow) 함수: 주인은 그대로다
fn show(student: &Student) {
    println!("{student}");
}

fn main() {
    let student1 = Student {
        name: "철수".to_string(),
    };
    let student2 = Student {
        name: "짱구".to_string(),
    };
    show(&student1);
    graduate(student1); // 여기서 student1의 주인이 graduate로 옮겨 간다
    println!("graduate 다음");
    drop(student2); // del student2. drop도 값을 받아 가는 평범한 함수다
    println!("끝");
}
