use std::io;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() -> io::Result<()> {
    let half_second = Duration::from_millis(500);
    let start = Instant::now();
    let mut child = Command::new("sleep").arg("0.5").spawn()?;
    let elapsed = start.elapsed();

    // spawn은 기다리지 않는다: try_wait()가 None이면 아직 도는 중
    println!(
        "spawn이 돌아왔을 때 자식은 아직 도는 중: {}",
        child.try_wait()?.is_none()
    );
    println!("0.5초를 기다렸나: {}", elapsed >= half_second);

    child.wait()?; // 기다리고 거두는 것은 따로 해야 한다
    println!(
        "wait 뒤에는 0.5초가 지났나: {}",
        start.elapsed() >= half_second
    );
    Ok(())
}
