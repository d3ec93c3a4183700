use std::sync::{Barrier, Mutex};
use std::thread;

/// A→B로 잡는 스레드와 B→A로 잡는 스레드: 교착을 try_lock으로 안전하게 보여 준다
fn opposite_order(a: &Mutex<()>, b: &Mutex<()>) -> (bool, bool) {
    let holding = Barrier::new(2); // 둘 다 첫 락을 쥐었다
    let tried = Barrier::new(2); // 둘 다 두 번째 락을 시도해 보았다
    let worker = |first: &Mutex<()>, second: &Mutex<()>| {
        let _first = first.lock().unwrap();
        holding.wait();
        // 두 번째 락은 상대가 쥐고 있다. 그냥 lock()이었다면 둘 다 영원히 기다린다
        let got = second.try_lock().is_ok();
        tried.wait(); // 상대도 시도를 마칠 때까지 첫 락을 놓지 않는다
        got
    };
    thread::scope(|s| {
        let ab = s.spawn(|| worker(a, b));
        let ba = s.spawn(|| worker(b, a));
        (ab.join().unwrap(), ba.join().unwrap())
    })
}

/// 두 스레드가 모두 A→B 순서로 잡는다: 한쪽이 기다릴 뿐 교착은 없다
fn same_order(a: &Mutex<()>, b: &Mutex<()>) -> (bool, bool) {
    let worker = || {
        let _first = a.lock().unwrap(); // 먼저 온 스레드가 A를 쥐면, 다른 스레드는 여기서 기다린다
        b.try_lock().is_ok() // A를 쥔 스레드만 B를 찾는다
    };
    thread::scope(|s| {
        let one = s.spawn(worker);
        let two = s.spawn(worker);
        (one.join().unwrap(), two.join().unwrap())
    })
}

fn main() {
    let (a, b) = (Mutex::new(()), Mutex::new(()));
    let (ab, ba) = opposite_order(&a, &b);
    println!("반대 순서: A→B {ab} / B→A {ba}");
    let (one, two) = same_order(&a, &b);
    println!("같은 순서: A→B 1 {one} / A→B 2 {two}");
}
