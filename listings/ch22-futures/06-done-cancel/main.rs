use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    let (gate, gate_rx) = mpsc::channel::<()>();
    let first = thread::spawn(move || {
        gate_rx.recv().unwrap(); // 메인 스레드가 문을 열어 줄 때까지 기다린다
        "blocker 끝"
    });
    // done(): 기다리지 않고 끝났는지만 묻는다
    println!("first.is_finished(): {}", first.is_finished());

    gate.send(()).unwrap();
    while !first.is_finished() {
        thread::sleep(Duration::from_millis(10)); // done()으로 폴링하는 모양
    }
    println!("first.is_finished(): {}", first.is_finished());
    println!("first.join(): {:?}", first.join()); // result(): 값 또는 panic이 Result로 온다
}
