use std::io::{self, ErrorKind, Read, Write};
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;
use std::time::Duration;

// 반대쪽 끝: 0.2초 뒤에 데이터를 쓴다
fn send_later(mut w: UnixStream, data: &'static [u8]) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        thread::sleep(Duration::from_millis(200));
        w.write_all(data).unwrap();
    })
}

static TICKS: AtomicU64 = AtomicU64::new(0);

// 기다리는 동안 런타임이 돌려 줄 다른 태스크
async fn ticker() {
    loop {
        TICKS.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn main() -> io::Result<()> {
    // 소켓 한 쌍: 한쪽에 쓴 바이트를 다른 쪽에서 읽는다 (파이썬 예제의 파이프 대신)
    let (mut r, w) = UnixStream::pair()?;
    let mut buf = [0u8; 100];

    // 1) 블로킹 read: 데이터가 올 때까지 이 스레드가 잠든다
    let writer = send_later(w.try_clone()?, b"one");
    let n = r.read(&mut buf)?;
    println!("1) 블로킹 read: {:?}", String::from_utf8_lossy(&buf[..n]));
    writer.join().unwrap();

    // 2) 논블로킹 read: 읽을 것이 없으면 기다리지 않고 바로 WouldBlock 에러
    r.set_nonblocking(true)?;
    if let Err(e) = r.read(&mut buf) {
        println!("2) 논블로킹 read: {:?}: {e}", e.kind());
    }

    // 3) 동기 + 논블로킹: 다 됐는지 내가 계속 물어본다 (폴링)
    let writer = send_later(w.try_clone()?, b"two");
    let mut misses = 0;
    let n = loop {
        match r.read(&mut buf) {
            Ok(n) => break n,
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                misses += 1; // 아직 없다: 그 사이에 다른 일을 할 수 있다
                thread::sleep(Duration::from_millis(10));
            }
            Err(e) => return Err(e),
        }
    };
    writer.join().unwrap();
    println!(
        "3) 폴링으로 받음: {:?} / 헛걸음이 있었다: {}",
        String::from_utf8_lossy(&buf[..n]),
        misses > 0
    );

    // 4) 비동기 + 논블로킹: 읽을 수 있게 되면 런타임(epoll)이 이 태스크를 깨운다
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let writer = send_later(w, b"three");
    runtime.block_on(async {
        use tokio::io::AsyncReadExt;
        let mut r = tokio::net::UnixStream::from_std(r)?; // 이미 논블로킹이어야 한다
        let ticker = tokio::spawn(ticker());
        println!("4) 읽기를 맡기고 기다린다");
        let n = r.read(&mut buf).await?; // 여기서 런타임에 제어권을 넘긴다: 그동안 ticker가 돈다
        ticker.abort();
        println!(
            "4) 깨어나서 받음: {:?} / 그동안 ticker가 돌았다: {}",
            String::from_utf8_lossy(&buf[..n]),
            TICKS.load(Ordering::Relaxed) > 0
        );
        io::Result::Ok(())
    })?;
    writer.join().unwrap();
    Ok(())
}
