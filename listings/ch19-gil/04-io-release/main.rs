use std::io::{Read, Write};
use std::thread;
use std::time::{Duration, Instant};

fn main() -> std::io::Result<()> {
    // 1) worker가 파이프 읽기에서 기다리는 동안 메인 스레드가 계산한다
    let (mut reader, mut writer) = std::io::pipe()?;
    let worker = thread::spawn(move || {
        let mut data = [0u8; 1];
        reader.read_exact(&mut data).unwrap(); // 쓸 데이터가 올 때까지 막힌다
        println!("worker: 읽었다 {:?}", String::from_utf8_lossy(&data));
    });
    println!(
        "main: worker가 기다리는 동안 계산: {}",
        (0..1000).sum::<i32>()
    );
    writer.write_all(b"x")?; // 이제야 worker가 깨어난다
    worker.join().unwrap();

    // 2) 다섯 스레드가 0.2초씩 기다리면, 기다림이 겹친다
    let start = Instant::now();
    thread::scope(|s| {
        for _ in 0..5 {
            s.spawn(|| thread::sleep(Duration::from_millis(200)));
        }
    });
    println!(
        "0.2초씩 다섯 번, 모두 1초를 기다렸는데 1초 안에 끝났다: {}",
        start.elapsed() < Duration::from_secs(1)
    );
    Ok(())
}
