use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread;

/// 파이썬 예제에서 random.seed(25)가 뽑아 준 메시지 다섯 개
/// (러스트 표준 라이브러리에는 난수 생성기가 없다)
const MESSAGES: [u32; 5] = [7, 1, 4, 5, 11];

// 생산자: 메시지를 보내고, 소비자가 처리했다고 답(ack)할 때까지 기다린다
fn producer(pipeline: SyncSender<u32>, ack: Receiver<()>) {
    for message in MESSAGES {
        println!("Producer got message: {message}");
        pipeline.send(message).unwrap(); // queue.put(message)
        ack.recv().unwrap(); // queue.join()
    }
    println!("Producer sent 5 messages. Exiting");
} // 여기서 pipeline(보내는 쪽)이 drop되어 채널이 닫힌다: event.set()의 역할

// 소비자: 채널이 닫히고 남은 메시지까지 다 꺼내면 for 루프가 끝난다
fn consumer(pipeline: Receiver<u32>, ack: SyncSender<()>) {
    for message in pipeline {
        println!("Consumer storing message: {message}");
        ack.send(()).unwrap(); // queue.task_done()
    }
    println!("Consumer: channel closed. Exiting");
}

fn main() {
    // 크기 10짜리 채널: queue.Queue(maxsize=10)
    let (tx, rx) = mpsc::sync_channel(10);
    // 처리했다는 신호를 돌려보내는 채널
    let (ack_tx, ack_rx) = mpsc::sync_channel(1);

    thread::scope(|s| {
        s.spawn(move || producer(tx, ack_rx));
        s.spawn(move || consumer(rx, ack_tx));
    }); // 두 스레드가 끝날 때까지 기다린다
    println!("Main: both threads joined");
}
