static mut A: i32 = 10;

fn a_func() {
    A += 10; // global a; a = a + 10: 동기화 없이 바꾸는 전역
}

fn main() {
    let t = std::thread::spawn(a_func);
    a_func();
    t.join().unwrap();
}
