use std::cell::Cell;
use std::sync::Arc;
use std::thread;

struct FakeDataStore {
    // Cell도 &self로 값을 바꿀 수 있는 칸이다. 하지만 락도 원자적 연산도 없다
    value: Cell<usize>,
}

impl FakeDataStore {
    fn update(&self) {
        for _ in 0..10_000 {
            self.value.set(self.value.get() + 1);
        }
    }
}

fn main() {
    let store = Arc::new(FakeDataStore {
        value: Cell::new(0),
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
    println!("Ending value is {}", store.value.get());
}
