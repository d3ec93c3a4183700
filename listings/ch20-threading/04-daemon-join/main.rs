use std::io;
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Duration;

// 스레드 실행 함수
fn thread_func(started: Sender<()>, sleep: Duration) {
    let me = thread::current();
    let name = me.name().unwrap_or("<unnamed>");
    println!("Sub-Thread {name}: starting");
    started.send(()).unwrap();
    thread::sleep(sleep);
    println!("Sub-Thread {name}: finishing");
}

fn main() -> io::Result<()> {
    println!("Main-Thread : before creating thread");

    let x = thread::Builder::new().name("First".to_string());
    let y = thread::Builder::new().name("Second".to_string());
    let (started_tx, started_rx) = mpsc::channel();

    println!("Main-Thread : before running thread");

    // 서브 스레드 시작
    let tx = started_tx.clone();
    let x = x.spawn(move || thread_func(tx, Duration::from_millis(200)))?;
    started_rx.recv().unwrap();
    let y = y.spawn(move || thread_func(started_tx, Duration::from_millis(400)))?;
    started_rx.recv().unwrap();

    println!("Main-Thread : wait for the thread to finish");

    // 둘 다 끝날 때까지 기다린다
    x.join().unwrap();
    y.join().unwrap();

    println!("Main-Thread : all done");
    Ok(())
}
