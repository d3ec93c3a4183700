use std::future::Future;
use std::pin::{Pin, pin};
use std::task::{Context, Poll, Waker};

use tokio::sync::mpsc;

/// `asyncio.sleep(0)`처럼 딱 한 번 양보하는 퓨처: 첫 poll은 Pending, 다음 poll은 Ready
struct YieldOnce {
    yielded: bool,
}

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            Poll::Ready(())
        } else {
            self.yielded = true;
            cx.waker().wake_by_ref(); // "곧 다시 poll해 달라"고 실행기에 알린다
            Poll::Pending
        }
    }
}

async fn add(a: i32, b: i32) -> i32 {
    YieldOnce { yielded: false }.await; // 이벤트 루프에 한 번 양보한다
    a + b
}

/// 이벤트 루프가 모는 코루틴: send(x) 대신 채널에서 값을 기다린다
async fn number_coroutine(mut rx: mpsc::UnboundedReceiver<i32>) -> &'static str {
    while let Some(x) = rx.recv().await {
        println!("{x}");
    }
    "끝" // 보내는 쪽이 모두 사라져 채널이 닫혔다
}

#[tokio::main]
async fn main() {
    // 퓨처를 손으로 poll해 보기: 파이썬의 coro.send(None)에 해당한다
    let fut = add(1, 2);
    println!("{}", std::any::type_name_of_val(&fut));
    let mut fut = pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    println!("{:?}", fut.as_mut().poll(&mut cx)); // 첫 .await에서 멈춘다
    println!("{:?}", fut.as_mut().poll(&mut cx)); // 끝: 값이 Ready에 담겨 온다

    // 실행기(tokio)가 poll하게 맡기기
    let (tx, rx) = mpsc::unbounded_channel();
    let task = tokio::spawn(number_coroutine(rx));
    for x in [1, 2, 3] {
        tx.send(x).unwrap();
    }
    drop(tx); // None 대신 채널을 닫아 끝을 알린다
    println!("{}", task.await.unwrap());
    println!("{}", add(3, 4).await);
}
