use std::cell::Cell;
use std::collections::HashSet;
use std::sync::Barrier;
use std::thread;

thread_local! {
    // 스레드마다 따로 있는 값: 처음 쓰는 스레드에서 0으로 만들어진다
    static COUNT: Cell<u32> = const { Cell::new(0) };
}

fn work(n: u32, together: &Barrier) -> (u32, thread::ThreadId) {
    for _ in 0..n {
        COUNT.set(COUNT.get() + 1); // 이 스레드의 COUNT: 다른 스레드의 것과 섞이지 않는다
    }
    together.wait(); // 세 스레드가 동시에 살아 있게 한다
    (COUNT.get(), thread::current().id())
}

fn main() {
    let together = Barrier::new(3);
    let results: Vec<(u32, thread::ThreadId)> = thread::scope(|s| {
        let handles: Vec<_> = [1000, 2000, 3000]
            .into_iter()
            .map(|n| {
                let together = &together;
                s.spawn(move || work(n, together))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    let counts: Vec<u32> = results.iter().map(|&(count, _)| count).collect();
    println!("스레드마다 센 값: {counts:?}");
    println!("메인 스레드의 COUNT: {}", COUNT.get());
    let mut ids: HashSet<_> = results.iter().map(|&(_, id)| id).collect();
    ids.insert(thread::current().id());
    println!("네 스레드의 ThreadId가 모두 다르다: {}", ids.len() == 4);
}
