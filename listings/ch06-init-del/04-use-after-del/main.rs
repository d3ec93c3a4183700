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

impl Student {
    // &self: 빌려서 들여다보기만 한다. 주인은 그대로다
    fn show(&self) {
        println!("{self}");
    }

    // &mut self: 빌려서 고친다. 부르는 쪽 변수도 let mut이어야 한다
    fn rename(&mut self, name: &str) {
        self.name = name.to_string();
    }

    // self: 값을 넘겨받는다(move). 이제 이 메서드가 주인이라, 끝날 때 drop한다
    fn graduate(self) {
        println!("{self} 졸업");
    }
}

fn main() {
    let mut student1 = Student {
        name: "철수".to_string(),
    };
    let student2 = Student {
        name: "짱구".to_string(),
    };
    student1.show(); // Student::show(&student1)
    student1.rename("김철수"); // Student::rename(&mut student1, "김철수")
    student1.show();
    student1.graduate(); // Student::graduate(student1): 여기서 주인이 옮겨 간다
    println!("graduate 다음");
    drop(student2); // del student2. drop도 값을 받아 가는 평범한 함수다
    println!("끝");
}
