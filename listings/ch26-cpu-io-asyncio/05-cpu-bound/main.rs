use rayon::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task;

fn count(n: u64) -> u64 {
    // CPU 바운드: 기다리는 일 없이 계산만 한다
    let mut total = 0;
    for i in 0..n {
        total += i;
    }
    total
}

static TICKS: AtomicU64 = AtomicU64::new(0);

async fn heartbeat() {
    // 런타임이 이 태스크를 돌려 줄 때마다(1밀리초마다) 1씩 센다
    loop {
        TICKS.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

fn ticks() -> u64 {
    TICKS.load(Ordering::Relaxed)
}

// 스레드 하나짜리 런타임: asyncio의 이벤트 루프와 같은 모양
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let beat = tokio::spawn(heartbeat());
    task::yield_now().await; // heartbeat가 돌기 시작하게 한 번 양보한다

    let before = ticks();
    let result = count(1_000_000); // async fn 안에서 바로 계산: 중간에 .await가 없다
    println!("async 안에서 계산: {result}");
    println!("  그동안 heartbeat: {}번", ticks() - before);

    let before = ticks();
    let (a, b) = tokio::join!(
        task::spawn_blocking(|| count(1_000_000)),
        task::spawn_blocking(|| count(2_000_000)),
    );
    println!("spawn_blocking에 맡김: {:?}", [a.unwrap(), b.unwrap()]);
    println!("  그동안 heartbeat가 돌았다: {}", ticks() - before > 0);

    // 무거운 계산은 rayon의 스레드 풀(코어 수만큼)에 맡기고, 결과는 oneshot 채널로 받는다
    let before = ticks();
    let (tx, rx) = oneshot::channel();
    rayon::spawn(move || {
        let results: Vec<u64> = [1_000_000, 2_000_000]
            .par_iter()
            .map(|&n| count(n))
            .collect();
        let _ = tx.send(results); // 받는 쪽이 이미 사라졌다면 결과를 버린다
    });
    println!("rayon에 맡김: {:?}", rx.await.unwrap());
    println!("  그동안 heartbeat가 돌았다: {}", ticks() - before > 0);
    beat.abort();
}
