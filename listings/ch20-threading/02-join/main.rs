use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Duration;

// 스레드 실행 함수
fn thread_func(name: &str, started: Sender<()>) {
    println!("Sub-Thread {name}: starting");
    started.send(()).unwrap();
    thread::sleep(Duration::from_millis(300));
    println!("Sub-Thread {name}: finishing");
}

fn main() {
    println!("Main-Thread : before creating thread");
    let (started_tx, started_rx) = mpsc::channel();

    println!("Main-Thread : before running thread");
    // spawn은 만들기와 시작을 한 번에 하고, JoinHandle을 돌려준다
    let x = thread::spawn(move || thread_func("First", started_tx));
    started_rx.recv().unwrap();

    println!("Main-Thread : wait for the thread to finish");

    // 스레드가 끝날 때까지 기다린다
    x.join().unwrap();

    println!("Main-Thread : all done");
}
