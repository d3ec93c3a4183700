use std::io;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// 0.1초 단위로 버린 경과 시간, 예: "1.0"
fn tenths(d: Duration) -> String {
    let t = d.as_millis() / 100;
    format!("{}.{}", t / 10, t % 10)
}

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
    println!("{} 초만에 끝남", tenths(start.elapsed()));
    Ok(())
}
