use std::io;
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Duration;

// 스레드 실행 함수: 이름은 인자 대신 스레드 자신에게서 읽는다
fn thread_func(started: Sender<()>) {
    let me = thread::current();
    let name = me.name().unwrap_or("<unnamed>");
    println!("Sub-Thread {name}: starting");
    started.send(()).unwrap();
    thread::sleep(Duration::from_millis(300));
    println!("Sub-Thread {name}: finishing");
}

fn main() -> io::Result<()> {
    println!("Main-Thread : before creating thread");

    // Builder는 아직 시작하지 않은 스레드의 설정 (파이썬의 Thread(...) 객체에 해당)
    let x = thread::Builder::new().name("First".to_string());
    let y = thread::Builder::new().name("Second".to_string());
    let (started_tx, started_rx) = mpsc::channel();

    println!("Main-Thread : before running thread");

    // 서브 스레드 시작: 운영체제가 스레드를 만들지 못하면 Err (thread::spawn은 이때 panic)
    let tx = started_tx.clone();
    let x = x.spawn(move || thread_func(tx))?;
    started_rx.recv().unwrap();
    let y = y.spawn(move || thread_func(started_tx))?;
    started_rx.recv().unwrap();

    println!("x의 이름: {:?}", x.thread().name());
    println!("y의 이름: {:?}", y.thread().name());

    println!("Main-Thread : wait for the thread to finish");

    println!("Main-Thread : all done");
    Ok(())
} // x와 y(JoinHandle)가 버려져도 스레드는 계속 자고 있지만,
// main이 돌아오면 프로세스가 끝나면서 함께 사라진다
