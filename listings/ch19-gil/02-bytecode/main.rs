use std::sync::Barrier;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

/// 두 스레드가 한 번씩 더한다. `split`이면 읽기와 쓰기 사이에서 서로를 기다린다.
fn two_increments(split: bool) -> u64 {
    let counter = AtomicU64::new(0);
    let barrier = Barrier::new(2);
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                if split {
                    let value = counter.load(Ordering::SeqCst); // 읽기
                    barrier.wait(); // 두 스레드가 모두 읽은 뒤에
                    counter.store(value + 1, Ordering::SeqCst); // 쓰기
                } else {
                    barrier.wait();
                    counter.fetch_add(1, Ordering::SeqCst); // 읽기-더하기-쓰기가 한 동작
                }
            });
        }
    });
    counter.into_inner()
}

fn main() {
    println!("load 다음 store: {}", two_increments(true));
    println!("fetch_add: {}", two_increments(false));
}
