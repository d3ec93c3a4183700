use std::sync::Mutex;

// 원자 타입이 없는 값(문자열, 구조체…)도 Mutex로 감싸면 static이 될 수 있다.
// Mutex::new는 const fn이라 static 초기값으로 바로 쓸 수 있다.
static A: Mutex<i32> = Mutex::new(10);

fn a_func() {
    let mut a = A.lock().unwrap(); // 잠그고 안의 값을 빌린다 (MutexGuard)
    *a += 10; // global a; a = a + 10
    println!("a_func안에서의 a값 : {a}");
} // 여기서 a(MutexGuard)가 drop되며 잠금이 풀린다

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {}", A.lock().unwrap());
}
