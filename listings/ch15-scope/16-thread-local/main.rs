use std::cell::Cell;
use std::thread;

thread_local! {
    // 스레드마다 하나씩 있는 전역: 다른 스레드와 나누지 않으니 잠금도 원자 연산도 필요 없다
    static A: Cell<i32> = const { Cell::new(10) };
}

fn a_func() -> i32 {
    A.set(A.get() + 10); // Cell: &만으로 값을 바꾼다 (내부 가변성, 한 스레드 안에서만)
    A.get()
}

fn main() {
    println!("메인 스레드: {} {}", a_func(), a_func());
    // 새 스레드는 자기 A를 10에서 시작한다
    let other = thread::spawn(a_func).join().unwrap();
    println!("다른 스레드: {other}");
    println!("메인 스레드: {}", a_func());
}
