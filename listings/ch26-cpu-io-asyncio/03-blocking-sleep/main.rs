use std::thread;
use std::time::Duration;
use tokio::task;
use tokio::time::sleep;

const MS_300: Duration = Duration::from_millis(300);

async fn slow(how: &str) {
    println!("  slow: 시작");
    match how {
        // 이 future를 돌리던 스레드가 통째로 잠든다: 같은 스레드의 다른 future도 멈춘다
        "std::thread::sleep" => thread::sleep(MS_300),
        // 런타임에 제어권을 돌려주고 기다린다
        "tokio::time::sleep" => sleep(MS_300).await,
        // 블로킹 호출을 블로킹 전용 스레드 풀에 맡긴다
        _ => task::spawn_blocking(|| thread::sleep(MS_300))
            .await
            .unwrap(),
    }
    println!("  slow: 0.3초 기다림 끝");
}

async fn quick() {
    sleep(Duration::from_millis(100)).await;
    println!("  quick: 0.1초 기다림 끝");
}

#[tokio::main]
async fn main() {
    for how in ["std::thread::sleep", "tokio::time::sleep", "spawn_blocking"] {
        println!("{how}");
        tokio::join!(slow(how), quick());
    }
}
