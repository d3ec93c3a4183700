use std::sync::{Arc, Mutex};
use std::thread;

// 스레드 쪽: 락을 잡고 50을 더한 뒤, 락을 쥔 채로 찍는다
fn generate_update_number(v: &Mutex<i32>) {
    let mut v = v.lock().unwrap();
    for _ in 0..50 {
        *v += 1;
    }
    let name = thread::current().name().unwrap_or("?").to_string();
    println!("{name} data {}", *v);
} // 가드가 drop되며 락이 풀린다

fn main() {
    // 스레드는 한 프로세스의 메모리를 함께 쓴다: Arc로 같은 값을 가리키기만 하면 된다
    let share_value = Arc::new(Mutex::new(0));

    let mut threads = Vec::new();
    for i in 1..10 {
        let v = Arc::clone(&share_value);
        let t = thread::Builder::new()
            .name(format!("worker-{i}"))
            .spawn(move || generate_update_number(&v))
            .expect("스레드 생성");
        threads.push(t);
    }
    for t in threads {
        t.join().unwrap();
    }

    println!(
        "Final Data(share_value) in main thread {}",
        share_value.lock().unwrap()
    );
}
