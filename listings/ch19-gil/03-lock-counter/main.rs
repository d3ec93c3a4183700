use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

const THREADS: usize = 4;
const N: u64 = 100_000;

fn main() {
    // 1) 원자적 정수: fetch_add가 읽기-더하기-쓰기를 한 번에 한다
    let atomic = AtomicU64::new(0);
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                for _ in 0..N {
                    atomic.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    println!("AtomicU64 = {}", atomic.into_inner());

    // 2) 뮤텍스: 잠금을 얻어야만 안의 값에 닿을 수 있다.
    //    thread::spawn은 'static을 요구하므로 Arc로 소유권을 나눠 갖는다
    let counter = Arc::new(Mutex::new(0u64));
    let handles: Vec<_> = (0..THREADS)
        .map(|_| {
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                for _ in 0..N {
                    *counter.lock().unwrap() += 1; // 잠금은 이 문장 끝에서 풀린다
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("Mutex<u64> = {}", counter.lock().unwrap());
}
