use std::sync::mpsc;
use std::thread;

// 1) 보내는 쪽(Sender)을 drop해서 끝낸다: 러스트에서 가장 흔한 방법
fn end_by_drop() {
    let (tx, rx) = mpsc::sync_channel(2); // queue.Queue(maxsize=2)
    thread::scope(|s| {
        s.spawn(move || {
            for n in 1..=5u32 {
                tx.send(n * n).unwrap(); // 채널이 꽉 차 있으면 여기서 기다린다
            }
        }); // tx가 클로저와 함께 drop된다: 채널이 닫힌다
        s.spawn(move || {
            for message in rx {
                println!("소비: {message}");
            } // 남은 메시지를 다 꺼내고, 닫힌 채널을 만나면 루프가 끝난다
            println!("소비자: 채널이 닫혀서 끝");
        });
    });
}

// 2) 센티널을 보내서 끝낸다: 보내는 쪽이 계속 살아 있어야 할 때
enum Message {
    Data(u32),
    Done,
}

fn end_by_sentinel() {
    let (tx, rx) = mpsc::sync_channel(2);
    thread::scope(|s| {
        let tx = &tx; // 빌려 주기만 한다: tx의 주인은 계속 이 함수다
        s.spawn(move || {
            for n in 1..=5u32 {
                tx.send(Message::Data(n * n)).unwrap();
            }
            tx.send(Message::Done).unwrap();
        });
        s.spawn(move || {
            for message in rx {
                match message {
                    Message::Data(n) => println!("소비: {n}"),
                    Message::Done => break,
                }
            }
            println!("소비자: 센티널을 받고 끝");
        });
    });
    // tx는 아직 살아 있다: Done이 없었다면 소비자는 영원히 기다렸을 것이다
    drop(tx);
}

fn main() {
    println!("-- Sender drop --");
    end_by_drop();
    println!("-- 센티널 --");
    end_by_sentinel();
}
