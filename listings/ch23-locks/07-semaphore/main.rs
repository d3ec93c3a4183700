use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::Duration;

/// 표준 라이브러리에는 세마포어가 없다: Mutex(빈자리 수) + Condvar(잠들고 깨우기)로 만든다
struct Semaphore {
    free: Mutex<usize>,
    cond: Condvar,
}

/// 자리 하나를 쥐고 있다는 증표. 버려지면(drop) 자리를 돌려준다: 파이썬의 __exit__
struct Permit<'a>(&'a Semaphore);

impl Semaphore {
    fn new(n: usize) -> Self {
        Semaphore {
            free: Mutex::new(n),
            cond: Condvar::new(),
        }
    }

    fn acquire(&self) -> Permit<'_> {
        let free = self.free.lock().unwrap();
        // 빈자리가 0인 동안 잠든다: wait_for(lambda: free > 0)
        let mut free = self.cond.wait_while(free, |free| *free == 0).unwrap();
        *free -= 1;
        Permit(self)
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap() += 1;
        self.0.cond.notify_one(); // 기다리는 스레드 하나를 깨운다
    }
}

fn main() {
    let seats = Semaphore::new(2);
    let inside = AtomicUsize::new(0);
    let peak = AtomicUsize::new(0);
    thread::scope(|s| {
        for _ in 0..5 {
            s.spawn(|| {
                let _permit = seats.acquire();
                let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                thread::sleep(Duration::from_millis(200));
                inside.fetch_sub(1, Ordering::SeqCst);
            }); // _permit이 여기서 drop된다: 자리를 돌려준다
        }
    });
    println!(
        "Mutex + Condvar로 만든 Semaphore(2): 최대 {} 스레드",
        peak.into_inner()
    );
}
