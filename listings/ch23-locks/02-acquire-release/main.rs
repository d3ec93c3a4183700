use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

struct FakeDataStore {
    // 값이 락 안에 들어 있다: 락을 잡지 않고는 value에 닿을 길이 없다
    value: Mutex<u64>,
    // 책에서 더함: 지금 임계 구역 안에 누가 있는가, 둘이 함께 들어간 적이 있는가
    inside: AtomicBool,
    overlapped: AtomicBool,
}

impl FakeDataStore {
    /// 임계 구역에 들어간다: 이미 누가 안에 있었다면 겹친 것이다
    fn enter(&self) {
        if self.inside.swap(true, Ordering::SeqCst) {
            self.overlapped.store(true, Ordering::SeqCst);
        }
    }

    fn leave(&self) {
        self.inside.store(false, Ordering::SeqCst);
    }

    fn update(&self, n: &str) {
        println!("Thread {n}: starting update");

        // Lock 획득: lock()은 락을 잡을 때까지 기다렸다가 가드를 돌려준다
        let mut value = self.value.lock().unwrap();
        self.enter();
        println!("Thread {n} has lock");

        let mut local_copy = *value;
        local_copy += 1;
        thread::sleep(Duration::from_millis(100));
        *value = local_copy;

        println!("Thread {n} about to release lock");
        self.leave();

        // Lock 반환: release()에 해당하는 것은 가드를 버리는 일이다
        drop(value);

        println!("Thread {n}: finishing update");
    }
}

fn main() {
    let store = Arc::new(FakeDataStore {
        value: Mutex::new(0),
        inside: AtomicBool::new(false),
        overlapped: AtomicBool::new(false),
    });
    println!(
        "Testing update. Starting value is {}.",
        store.value.lock().unwrap()
    );

    let handles: Vec<_> = ["First", "Second", "Third"]
        .into_iter()
        .map(|n| {
            let store = Arc::clone(&store);
            thread::spawn(move || store.update(n))
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }

    println!(
        "Testing update. Ending value is {}.",
        store.value.lock().unwrap()
    );
    // 로그 줄의 순서는 실행마다 달라도, 이 줄은 언제나 같다
    println!(
        "Critical sections overlapped: {}",
        store.overlapped.load(Ordering::SeqCst)
    );
}
