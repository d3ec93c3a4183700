use std::io;
use std::process::{Child, Command, ExitStatus};
use std::thread;
use std::time::{Duration, Instant};

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
    let mut children = (1..=10)
        .map(|i| {
            Command::new("sleep")
                .arg(format!("{:.1}", f64::from(i) / 10.0))
                .spawn()
        })
        .collect::<io::Result<Vec<Child>>>()?;

    let start = Instant::now();
    // 1.0초 자는 9번을 0.1초만 기다린다
    let status = match wait_timeout(&mut children[9], Duration::from_millis(100))? {
        Some(status) => status,
        None => {
            println!("시간 초과: 9번 자식이 0.1초 안에 끝나지 않음");
            children[9].kill()?; // SIGKILL을 보내고
            children[9].wait()? // 거둔다: 이 wait이 없으면 좀비가 남는다
        }
    };
    println!(
        "9번이 끝날 때(1.0초)까지 기다렸나: {}",
        start.elapsed() >= Duration::from_secs(1)
    );
    println!("9번 종료 상태 {status}");

    // 남은 자식도 죽이고 거둔다. 이미 끝난 자식에게 kill은 Ok(())
    for child in &mut children {
        child.kill()?;
        child.wait()?;
    }
    Ok(())
}
