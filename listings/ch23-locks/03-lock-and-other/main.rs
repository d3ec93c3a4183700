use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

struct FakeDataStore {
    value: Mutex<u64>,
}

impl FakeDataStore {
    fn update(&self, n: &str) {
        println!("Thread {n}: starting update");

        let mut value = self.value.lock().unwrap();
        println!("Thread {n} has lock");

        let mut local_copy = *value;
        local_copy += 1;
        thread::sleep(Duration::from_millis(250));
        *value = local_copy;

        println!("Thread {n} about to release lock");
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
}
