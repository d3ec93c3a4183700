use std::sync::atomic::{AtomicI32, Ordering};

static A: AtomicI32 = AtomicI32::new(10);

fn a_func() {
    // 함수 안에 둔 fn도 바깥의 '아이템'(static, const, fn)은 볼 수 있다.
    // 바꾸고 싶던 것이 전역 a였다면 nonlocal이 아니라 전역의 방법을 쓴다.
    fn add_ten() {
        A.fetch_add(10, Ordering::Relaxed);
    }
    add_ten();
    println!("a_func안에서의 a값 : {}", A.load(Ordering::Relaxed));
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {}", A.load(Ordering::Relaxed));
}
