use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Student {
    name: String,
    best_friend: RefCell<Option<Rc<Student>>>, // 강한 참조: 주인이 하나 늘어난다
    classmate: RefCell<Weak<Student>>,         // 약한 참조: 주인이 아니다
}

impl Student {
    fn new(name: &str) -> Rc<Self> {
        println!("new {name}");
        Rc::new(Student {
            name: name.to_string(),
            best_friend: RefCell::new(None),
            classmate: RefCell::new(Weak::new()),
        })
    }
}

impl Drop for Student {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    {
        let cheolsu = Student::new("철수");
        let jjanggu = Student::new("짱구");
        *cheolsu.best_friend.borrow_mut() = Some(Rc::clone(&jjanggu));
        *jjanggu.best_friend.borrow_mut() = Some(Rc::clone(&cheolsu));
        println!("철수의 주인 {}명", Rc::strong_count(&cheolsu));
    } // 이름은 사라졌지만 서로 붙잡고 있다
    println!("블록 다음: 철수와 짱구는 끝내 drop되지 않는다(누수)");

    {
        let hooni = Student::new("훈이");
        let maenggu = Student::new("맹구");
        *hooni.classmate.borrow_mut() = Rc::downgrade(&maenggu);
        *maenggu.classmate.borrow_mut() = Rc::downgrade(&hooni);
        // 약한 참조는 쓰기 전에 upgrade로 "아직 살아 있나"를 묻는다: Option<Rc<Student>>
        let mate = hooni.classmate.borrow().upgrade();
        if let Some(mate) = mate {
            println!("{}의 짝: {}", hooni.name, mate.name);
        }
    } // 역순으로 맹구, 훈이
    println!("끝");
}
