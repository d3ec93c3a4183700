use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

struct FakeDataStore {
    // 공유 변수: 러스트에서 여러 스레드가 고치려면 락(Mutex) 안에 넣어야 한다
    value: Mutex<u64>,
}

impl FakeDataStore {
    fn update(&self, n: &str) {
        println!("Thread {n}: starting update");

        // 락을 잡고 읽자마자 놓는다: 이 문장이 끝날 때 가드가 drop된다
        let mut local_copy = *self.value.lock().unwrap();
        local_copy += 1;
        thread::sleep(Duration::from_millis(200));
        // 다시 락을 잡고 쓴다. 그 사이에 다른 스레드가 읽고 쓴 것은 모른다
        *self.value.lock().unwrap() = local_copy;

        println!("Thread {n}: finishing update");
    }
}

fn main() {
    let store = Arc::new(FakeDataStore {
        value: Mutex::new(0),
    });
    println!(
        "Testing update. Starting value is {}.",
        store.value.lock().unwrap()
    );

    // ThreadPoolExecutor(max_workers=3) 대신 스레드 셋을 띄우고 모두 join한다
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
}
