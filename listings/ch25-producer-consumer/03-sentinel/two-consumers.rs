use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let a = thread::spawn(move || {
        for m in rx {
            println!("A: {m}");
        }
    });
    // 소비자를 하나 더: 파이썬 queue.Queue라면 문제없다
    let b = thread::spawn(move || {
        for m in rx {
            println!("B: {m}");
        }
    });
    for n in 0..4 {
        tx.send(n).unwrap();
    }
    drop(tx);
    a.join().unwrap();
    b.join().unwrap();
}
