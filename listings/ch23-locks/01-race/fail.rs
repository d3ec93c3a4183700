use std::sync::Arc;
use std::thread;

struct FakeDataStore {
    value: u64,
}

impl FakeDataStore {
    // 파이썬의 update처럼 self.value를 고친다: 고치려면 &mut self가 필요하다
    fn update(&mut self) {
        let mut local_copy = self.value;
        local_copy += 1;
        self.value = local_copy;
    }
}

fn main() {
    let store = Arc::new(FakeDataStore { value: 0 });
    let handles: Vec<_> = (0..3)
        .map(|_| {
            let store = Arc::clone(&store);
            thread::spawn(move || store.update())
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    println!("{}", store.value);
}
