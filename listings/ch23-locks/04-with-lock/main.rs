use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

// ANCHOR: guard
/// MutexGuard를 감싸서, 가드가 버려지는 순간(= 락이 풀리기 직전)에 로그를 남긴다
struct LoggedGuard<'a> {
    name: &'a str,
    store: &'a FakeDataStore,
    guard: MutexGuard<'a, u64>,
}

impl Drop for LoggedGuard<'_> {
    fn drop(&mut self) {
        // 이 함수가 끝난 뒤에 필드 guard가 drop되면서 락이 풀린다
        println!("Thread {} about to release lock", self.name);
        self.store.leave();
    }
}

impl Deref for LoggedGuard<'_> {
    type Target = u64;
    fn deref(&self) -> &u64 {
        &self.guard
    }
}

impl DerefMut for LoggedGuard<'_> {
    fn deref_mut(&mut self) -> &mut u64 {
        &mut self.guard
    }
}
// ANCHOR_END: guard

struct FakeDataStore {
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
}

// ANCHOR: update
impl FakeDataStore {
    fn update(&self, n: &str) {
        println!("Thread {n}: starting update");

        // with self._lock: 에 해당하는 블록
        {
            let mut value = LoggedGuard {
                name: n,
                store: self,
                guard: self.value.lock().unwrap(),
            };
            self.enter();
            println!("Thread {n} has lock");

            let mut local_copy = *value;
            local_copy += 1;
            thread::sleep(Duration::from_millis(100));
            *value = local_copy;
        } // 블록이 끝나면 value가 drop된다: 로그를 남기고 락을 푼다

        println!("Thread {n}: finishing update");
    }
}
// ANCHOR_END: update

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
