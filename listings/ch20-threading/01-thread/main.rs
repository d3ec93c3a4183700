use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Duration;

// 스레드 실행 함수
fn thread_func(name: &str, started: Sender<()>) {
    println!("Sub-Thread {name}: starting");
    started.send(()).unwrap(); // "starting을 찍었다"고 메인 스레드에 알린다
    thread::sleep(Duration::from_millis(300));
    println!("Sub-Thread {name}: finishing");
}

fn main() {
    println!("Main-Thread : before creating thread");
    let name = String::from("First"); // main의 지역 변수
    let (started_tx, started_rx) = mpsc::channel();

    thread::scope(|s| {
        println!("Main-Thread : before running thread");
        // 스코프 안의 스레드는 지역 변수 name을 빌려 쓸 수 있다
        s.spawn(|| thread_func(&name, started_tx));
        started_rx.recv().unwrap();

        println!("Main-Thread : wait for the thread to finish");
        println!("Main-Thread : all done");
    }); // ← 여기서 스코프가 아직 도는 스레드를 모두 join한다

    println!("Main-Thread : scope를 빠져나옴, name = {name:?}");
}
