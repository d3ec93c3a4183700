use std::io;
use std::process::Command;
use std::time::{Duration, Instant};

/// 0.1초 단위로 버린 경과 시간, 예: "0.1"
fn tenths(d: Duration) -> String {
    let t = d.as_millis() / 100;
    format!("{}.{}", t / 10, t % 10)
}

fn main() -> io::Result<()> {
    let start = Instant::now();
    let status = Command::new("sleep").arg("0.1").status()?; // 끝날 때까지 기다린다
    println!("{}초 소모, {status}", tenths(start.elapsed()));
    Ok(())
}
