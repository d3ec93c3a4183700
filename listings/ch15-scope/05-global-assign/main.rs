use std::sync::atomic::{AtomicI32, Ordering};

// 바뀌는 전역 값: static + 원자 타입. &self 메서드로 값을 바꿀 수 있어서(내부 가변성)
// static mut 없이도, unsafe 없이도 여러 스레드에서 안전하다.
static A: AtomicI32 = AtomicI32::new(10);

fn a_func() {
    A.store(20, Ordering::Relaxed); // global a; a = 20
    println!("a_func안에서의 a값 : {}", A.load(Ordering::Relaxed));
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {}", A.load(Ordering::Relaxed));
}
