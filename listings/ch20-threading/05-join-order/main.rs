use std::thread;
use std::time::Duration;

// 스레드 실행 함수
fn thread_func(name: &str) {
    println!("Sub-Thread {name}: starting");
    thread::sleep(Duration::from_millis(200));
    println!("Sub-Thread {name}: finishing");
}

fn main() {
    println!("Main-Thread : before creating thread");
    println!("Main-Thread : before running thread");

    // x를 시작하자마자 기다린다
    let x = thread::spawn(|| thread_func("First"));
    x.join().unwrap();

    println!("Main-Thread : wait for the thread to finish");

    // x가 끝난 뒤에야 y가 시작된다
    let y = thread::spawn(|| thread_func("Second"));
    y.join().unwrap();

    println!("Main-Thread : all done");
}
