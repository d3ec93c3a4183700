use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let counter = Rc::new(RefCell::new(0));
    let c = Rc::clone(&counter);
    let handle = thread::spawn(move || {
        *c.borrow_mut() += 1; // Rc의 참조 카운트는 원자적이지 않다
    });
    handle.join().unwrap();
    println!("{}", counter.borrow());
}
