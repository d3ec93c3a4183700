use std::thread;
use std::time::{Duration, Instant};

const URLS: [u32; 3] = [1, 2, 3]; // 하나에 0.2초, 하나씩 하면 0.6초
const WAIT: Duration = Duration::from_millis(200);

fn download(n: u32) -> u32 {
    thread::sleep(WAIT); // 블로킹 I/O라고 치자
    n * 10
}

async fn download_async(n: u32) -> u32 {
    tokio::time::sleep(WAIT).await; // 논블로킹 버전
    n * 10
}

fn report(how: &str, start: Instant, results: &[u32]) {
    let shorter = start.elapsed() < Duration::from_millis(600);
    println!("{how}: {results:?}, 0.6초보다 짧다: {shorter}");
}

fn main() {
    // 1) OS 스레드: 스레드마다 하나씩, 블로킹 호출 그대로
    let start = Instant::now();
    let results: Vec<u32> = thread::scope(|s| {
        let handles: Vec<_> = URLS.iter().map(|&n| s.spawn(move || download(n))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    report("std::thread", start, &results);

    // 2) tokio: 태스크마다 하나씩, 기다림은 .await로
    let start = Instant::now();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let results: Vec<u32> = runtime.block_on(async {
        let tasks: Vec<_> = URLS
            .iter()
            .map(|&n| tokio::spawn(download_async(n)))
            .collect();
        let mut results = Vec::new();
        for task in tasks {
            results.push(task.await.unwrap());
        }
        results
    });
    report("tokio::spawn", start, &results);
}
