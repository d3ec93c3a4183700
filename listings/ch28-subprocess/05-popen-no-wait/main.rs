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
    let mut child = Command::new("sleep").arg("0.1").spawn()?;
    println!("{}초 소모", tenths(start.elapsed())); // spawn은 기다리지 않는다

    child.wait()?; // 기다리고 거두는 것은 따로 해야 한다
    println!("{}초 소모 (wait 뒤)", tenths(start.elapsed()));
    Ok(())
}
