use std::process;
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Instant;

// 실행 함수: 프로세스 대신 스레드. 결과는 채널로 보낸다
fn worker(base_num: u64, tx: Sender<(String, u32, u64)>) {
    let name = thread::current().name().unwrap_or("?").to_string();

    let mut sub_total = 0;
    for _ in 0..base_num {
        sub_total += 1;
    }

    tx.send((name, process::id(), sub_total)).unwrap();
} // tx(보내는 쪽 복제본)가 여기서 drop된다

fn main() {
    let parent_process_id = process::id();
    println!("Parent process ID {parent_process_id}");

    let start_time = Instant::now();
    let (tx, rx) = mpsc::channel(); // 크기 제한 없는 채널: multiprocessing.Queue()

    let handles: Vec<_> = (0..2)
        .map(|i| {
            let tx = tx.clone(); // 생산자마다 Sender 하나씩
            thread::Builder::new()
                .name(i.to_string())
                .spawn(move || worker(1_000_000, tx))
                .unwrap()
        })
        .collect();
    drop(tx); // main이 가진 원본도 버린다: 이제 Sender는 스레드들 것뿐

    for handle in handles {
        handle.join().unwrap();
    }
    println!("--- {} seconds ---", start_time.elapsed().as_secs_f64());

    // 'exit' 센티널이 필요 없다: 모든 Sender가 drop되었으니 남은 것만 꺼내고 끝난다
    let mut results: Vec<_> = rx.iter().collect();
    results.sort();

    let mut total = 0;
    for (name, process_id, sub_total) in results {
        println!("Thread Name: {name}, Process ID: {process_id}");
        println!("Result : {sub_total}");
        println!("부모와 같은 프로세스: {}", process_id == parent_process_id);
        total += sub_total;
    }

    println!();
    println!("Main-Processing Total_count={total}");
    println!("Main-Processing Done!");
}
