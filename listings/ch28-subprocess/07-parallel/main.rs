use std::io;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

fn main() -> io::Result<()> {
    let start = Instant::now();
    // 0.1초, 0.2초, ..., 1.0초 자는 자식 10개를 한꺼번에 띄운다
    let mut children = (1..=10)
        .map(|i| {
            Command::new("sleep")
                .arg(format!("{:.1}", f64::from(i) / 10.0))
                .spawn()
        })
        .collect::<io::Result<Vec<Child>>>()?;

    for child in &mut children {
        child.wait()?;
    }
    let elapsed = start.elapsed();
    println!(
        "가장 오래 자는 자식(1.0초)만큼은 걸렸나: {}",
        elapsed >= Duration::from_secs(1)
    );
    println!(
        "하나씩 차례로 돌린 합(5.5초)보다 짧게 끝났나: {}",
        elapsed < Duration::from_millis(5500)
    );
    Ok(())
}
