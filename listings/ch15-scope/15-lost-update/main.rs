use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Barrier, Mutex};
use std::thread;

static A: AtomicI32 = AtomicI32::new(10);
static B: Mutex<i32> = Mutex::new(10);

/// 같은 일을 두 스레드에서 한 번씩 하고, 둘 다 끝날 때까지 기다린다
fn run_twice(f: impl Fn() + Sync) {
    thread::scope(|s| {
        s.spawn(&f);
        s.spawn(&f);
    });
}

fn main() {
    // 읽기와 쓰기를 따로 하면 러스트에서도 더한 값 하나를 잃는다: load … (전환) … store
    let barrier = Barrier::new(2);
    run_twice(|| {
        let a = A.load(Ordering::SeqCst);
        barrier.wait(); // 두 스레드가 모두 읽은 뒤에야 쓴다
        A.store(a + 10, Ordering::SeqCst);
    });
    println!("load와 store로 더한 A값 : {}", A.load(Ordering::SeqCst));

    // 읽고-더하고-쓰기를 한 동작으로: fetch_add
    A.store(10, Ordering::SeqCst);
    run_twice(|| {
        A.fetch_add(10, Ordering::SeqCst);
    });
    println!("fetch_add로 더한 A값 : {}", A.load(Ordering::SeqCst));

    // Mutex: 가드를 쥔 동안에는 읽기부터 쓰기까지 아무도 끼어들지 못한다
    run_twice(|| *B.lock().unwrap() += 10);
    println!("잠그고 더한 B값 : {}", B.lock().unwrap());
}
