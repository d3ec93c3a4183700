use std::cell::{Cell, RefCell};
use std::rc::Rc;

// 두 클로저가 나눠 쓰는 칸: Rc(주인이 여럿) + Cell(&만으로 값을 바꾸는 내부 가변성)
fn make_counter() -> (impl Fn(), impl Fn() -> i32) {
    let count = Rc::new(Cell::new(0));
    let increment = {
        let count = Rc::clone(&count);
        move || count.set(count.get() + 1)
    };
    let get = move || count.get();
    (increment, get)
}

// 복사할 수 없는 값(Vec)은 RefCell: 빌림 규칙을 실행 중에 검사한다
fn make_log() -> (impl Fn(&str), impl Fn() -> Vec<String>) {
    let lines = Rc::new(RefCell::new(Vec::new()));
    let add = {
        let lines = Rc::clone(&lines);
        move |msg: &str| lines.borrow_mut().push(msg.to_string())
    };
    let dump = move || lines.borrow().clone();
    (add, dump)
}

fn main() {
    let (inc, get) = make_counter(); // Fn이라 mut가 필요 없다
    inc();
    inc();
    println!("{}", get());

    let (add, dump) = make_log();
    add("시작");
    add("끝");
    println!("{:?}", dump());
}
