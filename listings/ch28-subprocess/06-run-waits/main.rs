use std::io;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() -> io::Result<()> {
    let start = Instant::now();
    let status = Command::new("sleep").arg("0.5").status()?; // 끝날 때까지 기다린다
    let elapsed = start.elapsed();
    println!(
        "status가 돌아왔을 때 0.5초가 지났나: {}",
        elapsed >= Duration::from_millis(500)
    );
    println!("종료 상태: {status}");
    Ok(())
}
