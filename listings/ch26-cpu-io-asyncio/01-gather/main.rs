use std::thread;
use std::time::{Duration, Instant};
use tokio::time::sleep;

async fn fetch(name: &str, delay: Duration) -> String {
    let thread = thread::current().name().unwrap_or("?").to_string();
    println!(
        "{name}: 요청 보냄, {}초 기다림 ({thread})",
        delay.as_secs_f64()
    );
    sleep(delay).await; // 기다리는 동안 다른 future가 돈다
    println!("{name}: 응답 받음");
    format!("{name}의 결과")
}

#[tokio::main]
async fn main() {
    let ms = Duration::from_millis;
    let start = Instant::now();
    let results = tokio::join!(
        fetch("A", ms(500)),
        fetch("B", ms(100)),
        fetch("C", ms(300)),
    );
    let elapsed = start.elapsed();
    println!("{results:?}");
    println!("걸린 시간: {:.3}초", elapsed.as_secs_f64());
    println!(
        "하나씩 기다렸다면 0.9초, 그보다 짧다: {}",
        elapsed < ms(900)
    );
}
