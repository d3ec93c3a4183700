use std::io;
use std::process::{Child, Command, ExitStatus};
use std::thread;
use std::time::{Duration, Instant};

/// 0.1초 단위로 버린 경과 시간, 예: "0.1"
fn tenths(d: Duration) -> String {
    let t = d.as_millis() / 100;
    format!("{}.{}", t / 10, t % 10)
}

/// communicate(timeout=...)처럼 기다리되, 시간이 다 되면 None
fn wait_timeout(child: &mut Child, timeout: Duration) -> io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            return Ok(None);
        }
        thread::sleep(Duration::from_millis(10));
    }
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

    let status = match wait_timeout(&mut children[3], Duration::from_millis(100))? {
        Some(status) => status,
        None => {
            println!("시간 초과: 3번 자식이 0.1초 안에 끝나지 않음");
            children[3].kill()?; // SIGKILL을 보내고
            children[3].wait()? // 거둔다: 이 wait이 없으면 좀비가 남는다
        }
    };
    println!("{} 초만에 끝남", tenths(start.elapsed()));
    println!("3번 종료 상태 {status}");

    // 남은 자식도 죽이고 거둔다. 이미 끝난 자식에게 kill은 Ok(())
    for child in &mut children {
        child.kill()?;
        child.wait()?;
    }
    Ok(())
}
