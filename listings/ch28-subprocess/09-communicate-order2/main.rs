use std::io;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// 0.1초 단위로 버린 경과 시간, 예: "0.4"
fn tenths(d: Duration) -> String {
    let t = d.as_millis() / 100;
    format!("{}.{}", t / 10, t % 10)
}

fn main() -> io::Result<()> {
    let start = Instant::now();
    let mut children = (1..=10)
        .map(|i| {
            Command::new("sleep")
                .arg(format!("{:.1}", f64::from(i) / 10.0))
                .spawn()
        })
        .collect::<io::Result<Vec<Child>>>()?;

    for i in [0, 9, 3] {
        children[i].wait()?;
        println!("{}번: {} 초만에 끝남", i, tenths(start.elapsed()));
    }

    // 나머지는 이미 끝났지만 아직 거두지 않았다: 모두 wait해서 정리한다
    for child in &mut children {
        child.wait()?;
    }
    Ok(())
}
