use std::time::Duration;
use tokio::time::{sleep, timeout};

/// 파이썬의 finally 자리: 값이 버려질 때(drop) 한 줄을 찍는다
struct Finally(&'static str);

impl Drop for Finally {
    fn drop(&mut self) {
        println!("  {}: drop (finally)", self.0);
    }
}

async fn slow_query() -> &'static str {
    println!("  slow_query: 시작");
    let _finally = Finally("slow_query");
    sleep(Duration::from_millis(600)).await;
    "결과"
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ms = Duration::from_millis;

    println!("tokio::time::timeout(200ms):");
    // 시간이 다 되면 timeout이 안의 future를 버린다(drop): 그것이 러스트의 취소다
    match timeout(ms(200), slow_query()).await {
        Ok(v) => println!("  결과: {v}"),
        Err(elapsed) => println!("  Err(Elapsed): {elapsed}"),
    }

    println!("tokio::select!:");
    tokio::select! {
        v = async { sleep(ms(200)).await; "빠른 쪽" } => println!("  먼저 끝난 것: {v}"),
        v = slow_query() => println!("  먼저 끝난 것: {v}"),
    } // 진 쪽의 future는 select!가 버린다

    println!("future를 만들기만 하면:");
    let never_polled = slow_query(); // 몸통은 한 줄도 돌지 않는다
    drop(never_polled); // 시작하지 않은 future를 버리면 아무 일도 일어나지 않는다
    println!("  (slow_query의 첫 줄은 찍히지 않았다)");
}
