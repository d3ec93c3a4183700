use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

/// 파이썬의 finally 자리: 값이 버려질 때(drop) 한 줄을 찍는다
struct Finally(&'static str);

impl Drop for Finally {
    fn drop(&mut self) {
        println!("{}: drop (finally)", self.0);
    }
}

async fn job(name: &'static str, delay_ms: u64, fail: bool) -> Result<&'static str, String> {
    println!("{name}: 시작");
    let _finally = Finally(name);
    // 취소되면 future가 이 .await에서 멈춘 채로 버려진다: 다음 줄은 실행되지 않고 _finally만 drop된다
    sleep(Duration::from_millis(delay_ms)).await;
    if fail {
        return Err(format!("{name} 실패"));
    }
    println!("{name}: 끝");
    Ok(name)
}

// 스레드 하나짜리 런타임: 태스크가 spawn한 순서대로 시작한다 (asyncio와 같은 모양)
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut set = JoinSet::new();
    set.spawn(job("A", 200, false));
    set.spawn(job("B", 400, false));
    let mut done = Vec::new();
    while let Some(joined) = set.join_next().await {
        done.push(joined.unwrap().unwrap()); // 끝난 순서대로 나온다
    }
    println!("모두 끝: {done:?}");

    // JoinSet은 실패해도 나머지를 알아서 취소하지 않는다: 첫 실패에서 abort_all()을 부른다
    let mut set = JoinSet::new();
    set.spawn(job("C", 200, true));
    set.spawn(job("D", 600, false));
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok(Ok(name)) => println!("{name} 성공"),
            Ok(Err(e)) => {
                println!("실패한 태스크: {e}");
                set.abort_all();
            }
            Err(e) if e.is_cancelled() => {
                println!("취소된 태스크를 거뒀다 (JoinError::is_cancelled)")
            }
            Err(e) => panic!("{e}"),
        }
    }
}
