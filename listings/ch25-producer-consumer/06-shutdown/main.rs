use crossbeam_channel::unbounded;
use std::thread;

fn main() {
    // crossbeam-channel의 Receiver는 복제할 수 있다: 소비자가 여럿이어도 된다(mpmc)
    let (tx, rx) = unbounded::<i32>();
    let mut received: Vec<i32> = thread::scope(|s| {
        let consumers: Vec<_> = (0..2)
            .map(|_| {
                let rx = rx.clone();
                // 채널이 닫히고 남은 것도 없으면 iter()가 끝난다
                s.spawn(move || rx.iter().collect::<Vec<_>>())
            })
            .collect();
        for i in 0..6 {
            tx.send(i).unwrap();
        }
        drop(tx); // 보내는 쪽이 모두 사라지면 채널이 닫힌다: q.shutdown()
        println!("끝낸 방법: drop(tx)");
        consumers
            .into_iter()
            .flat_map(|c| c.join().unwrap())
            .collect()
    });
    received.sort();
    println!("두 소비자가 받은 것: {received:?}");
    println!("닫히고 빈 채널에서 recv: {:?}", rx.recv());
}
