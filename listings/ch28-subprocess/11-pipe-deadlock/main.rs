use std::env;
use std::io::{self, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// 이 프로그램이 자기 자신을 자식으로 다시 실행할 때 붙이는 환경 변수
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

fn main() -> io::Result<()> {
    if env::var_os(ROLE).is_some() {
        // 자식: stdout에 1 MB를 쓴다. 파이프가 차면 write_all이 거기서 멈춘다
        return io::stdout().write_all(&vec![b'x'; 1_000_000]);
    }

    let mut child = Command::new(env::current_exe()?)
        .env(ROLE, "child")
        .stdout(Stdio::piped())
        .spawn()?;
    // wait()처럼 읽지 않고 기다리기만 하면 끝나지 않는다 (wait()였다면 영원히)
    if wait_timeout(&mut child, Duration::from_millis(500))?.is_none() {
        println!(
            "wait: 0.5초가 지나도 끝나지 않는다. try_wait() = {:?}",
            child.try_wait()?
        );
    }

    // wait_with_output()은 stdout/stderr를 끝까지 읽으면서 기다린다
    let output = child.wait_with_output()?;
    println!(
        "wait_with_output(): {} 바이트, {}",
        output.stdout.len(),
        output.status
    );
    Ok(())
}
