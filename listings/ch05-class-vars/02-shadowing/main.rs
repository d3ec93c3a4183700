use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

static STUDENT_COUNT: AtomicUsize = AtomicUsize::new(0);
// 바뀌는 공유 리스트: Mutex로 감싸야 static이 될 수 있고, 잠가야 만질 수 있다
static NAMES: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Student {
    name: String,
}

impl Student {
    fn new(name: &str) -> Self {
        STUDENT_COUNT.fetch_add(1, Ordering::Relaxed);
        NAMES.lock().unwrap().push(name.to_string());
        Student {
            name: name.to_string(),
        }
    }
}

fn main() {
    let student1 = Student::new("철수");
    let student2 = Student::new("짱구");
    println!(
        "{} {:?}",
        STUDENT_COUNT.load(Ordering::Relaxed),
        NAMES.lock().unwrap()
    );
    // 인스턴스의 것은 필드뿐이다. static과 같은 이름의 필드를 인스턴스에 덧붙여
    // 가리는 일은 일어날 수 없다: 필드 목록은 컴파일할 때 정해진다
    println!("{} {}", student1.name, student2.name);
}
