use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::Duration;

/// 파이썬 `threading.Event`와 같은 깃발: `bool` 하나를 `Mutex`로 지키고,
/// 깃발을 기다리는 스레드는 `Condvar`에서 잠든다.
struct Event {
    flag: Mutex<bool>,
    changed: Condvar,
}

impl Event {
    const fn new() -> Self {
        Event {
            flag: Mutex::new(false), // 초기값은 false
            changed: Condvar::new(),
        }
    }

    fn set(&self) {
        *self.flag.lock().unwrap() = true;
        self.changed.notify_all(); // 기다리던 스레드를 모두 깨운다
    }

    fn clear(&self) {
        *self.flag.lock().unwrap() = false;
    }

    fn is_set(&self) -> bool {
        *self.flag.lock().unwrap()
    }

    /// 깃발이 설 때까지 잠든다.
    fn wait(&self) -> bool {
        let flag = self.flag.lock().unwrap();
        *self.changed.wait_while(flag, |set| !*set).unwrap()
    }

    /// 최대 `timeout`만큼 기다리고, 그때의 깃발을 돌려준다.
    fn wait_timeout(&self, timeout: Duration) -> bool {
        let flag = self.flag.lock().unwrap();
        let (flag, _) = self
            .changed
            .wait_timeout_while(flag, timeout, |set| !*set)
            .unwrap();
        *flag
    }
}

static EVENT: Event = Event::new();

fn main() {
    println!("처음: {}", EVENT.is_set());

    EVENT.set();
    println!("set() 뒤: {}", EVENT.is_set());
    println!("wait(): {}", EVENT.wait());

    EVENT.clear();
    println!("clear() 뒤: {}", EVENT.is_set());
    println!(
        "wait_timeout(0.2초): {}",
        EVENT.wait_timeout(Duration::from_millis(200))
    );

    thread::scope(|s| {
        s.spawn(|| {
            thread::sleep(Duration::from_millis(200));
            println!("opener: set()");
            EVENT.set();
        });
        println!("main: wait() 시작");
        println!("main: wait() 결과 {}", EVENT.wait());
    }); // 여기서 opener 스레드를 join한다
}
