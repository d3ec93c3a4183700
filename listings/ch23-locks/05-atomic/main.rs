use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

struct FakeDataStore {
    // 락 없이 여러 스레드가 &self로 고칠 수 있는 정수: Sync를 구현한다
    value: AtomicUsize,
}

impl FakeDataStore {
    fn update(&self) {
        for _ in 0..10_000 {
            // 읽기-더하기-쓰기를 나눌 수 없는 한 동작으로 한다: 그 사이에 끼어들 틈이 없다
            self.value.fetch_add(1, Ordering::Relaxed);
        }
    }
}

fn main() {
    let store = Arc::new(FakeDataStore {
        value: AtomicUsize::new(0),
    });
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let store = Arc::clone(&store);
            thread::spawn(move || store.update())
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let value = store.value.load(Ordering::Relaxed);
    println!("Ending value is {value}");
    println!("value == 3 * 10_000: {}", value == 3 * 10_000);
}
