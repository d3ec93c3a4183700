use std::sync::{LazyLock, Mutex};

// 바뀌는 전역 리스트: Mutex<Vec<i32>>. vec![10]은 const 문맥에서 만들 수 없으니
// LazyLock이 처음 쓰일 때 한 번 만든다.
static A: LazyLock<Mutex<Vec<i32>>> = LazyLock::new(|| Mutex::new(vec![10]));

fn a_func() {
    let mut a = A.lock().unwrap();
    a.push(20); // a.append(20)
    a.remove(0); // del a[0]
    println!("a_func안에서의 a값 : {a:?}");
} // 잠금 해제

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {:?}", A.lock().unwrap());
}
