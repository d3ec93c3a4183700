use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

struct FakeDataStore {
    value: Mutex<u64>,
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

        let mut value = self.value.lock().unwrap();
        self.enter();
        println!("Thread {n} has lock");

        let mut local_copy = *value;
        local_copy += 1;
        thread::sleep(Duration::from_millis(250));
        *value = local_copy;

        println!("Thread {n} about to release lock");
        self.leave();
        drop(value);

        println!("Thread {n}: finishing update");
    }
}

// 락과 상관없는 일: 누가 락을 쥐고 있든 기다리지 않는다
fn thread_func(name: &str) {
    println!("Sub-Thread {name}: starting");
    thread::sleep(Duration::from_millis(50));
    println!("Sub-Thread {name}: finishing");
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

    let mut handles: Vec<_> = ["First", "Second", "Third"]
        .into_iter()
        .map(|n| {
            let store = Arc::clone(&store);
            thread::spawn(move || store.update(n))
        })
        .collect();
    handles.push(thread::spawn(|| thread_func("Fourth")));
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
