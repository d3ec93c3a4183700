use std::env;
use std::io;
use std::process::{Child, Command, ExitStatus};
use std::thread;
use std::time::{Duration, Instant};

const ROLE: &str = "CH28_ROLE";

/// 10-timeout의 wait_timeout과 같다: 시간이 다 되면 None
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

/// subprocess.run(..., timeout=)에 해당: 시간이 다 되면 죽이고 거둔 뒤 TimedOut 에러
fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> io::Result<ExitStatus> {
    let mut child = cmd.spawn()?;
    match wait_timeout(&mut child, timeout)? {
        Some(status) => Ok(status),
        None => {
            child.kill()?;
            child.wait()?;
            Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!("{:.1}초 안에 끝나지 않음", timeout.as_secs_f64()),
            ))
        }
    }
}

fn main() -> io::Result<()> {
    if let Ok(parent) = env::var(ROLE) {
        // 자식: 0.5초 잔 뒤 한 줄
        thread::sleep(Duration::from_millis(500));
        println!("{parent}의 자식: 깨어났다");
        return Ok(());
    }
    let me = env::current_exe()?;
    let limit = Duration::from_millis(200);

    match run_with_timeout(Command::new(&me).env(ROLE, "run_with_timeout"), limit) {
        Ok(status) => println!("run_with_timeout: {status}"),
        Err(e) if e.kind() == io::ErrorKind::TimedOut => println!("run_with_timeout: {e}"),
        Err(e) => return Err(e),
    }

    // 시간 제한만 두고 죽이지 않으면 자식은 그대로 살아 있다
    let mut child = Command::new(&me).env(ROLE, "spawn").spawn()?;
    if wait_timeout(&mut child, limit)?.is_none() {
        println!(
            "wait_timeout: 0.2초 안에 끝나지 않음, try_wait() = {:?}",
            child.try_wait()?
        );
    }
    child.wait()?;
    println!("부모: 끝");
    Ok(())
}
