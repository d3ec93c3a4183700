use std::error::Error;
use std::fmt;
use std::process::{Command, ExitStatus};

/// 파이썬의 subprocess.CalledProcessError에 해당하는 에러
struct CalledProcessError {
    cmd: String,
    status: ExitStatus,
}

impl fmt::Display for CalledProcessError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Command {} returned {}", self.cmd, self.status)
    }
}

// main이 돌려준 Err는 Debug로 찍힌다: 읽기 좋게 Display와 같은 모양으로
impl fmt::Debug for CalledProcessError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Error for CalledProcessError {}

/// run(..., check=True): 자식을 기다리고, 0이 아니면 에러
fn run_checked(cmd: &mut Command) -> Result<(), Box<dyn Error>> {
    let status = cmd.status()?;
    if status.success() {
        Ok(())
    } else {
        let cmd = format!("{cmd:?}");
        Err(Box::new(CalledProcessError { cmd, status }))
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let ok = Command::new("ls").arg("data").output()?;
    println!("code: {:?}", ok.status.code());
    println!("stdout: {:?}", String::from_utf8(ok.stdout)?);

    let bad = Command::new("ls").arg("missing").output()?;
    println!("code: {:?}", bad.status.code());
    println!("stderr: {:?}", String::from_utf8(bad.stderr)?);

    // ?가 에러를 main 밖으로 돌려준다: 프로세스는 종료 코드 1로 끝난다
    run_checked(Command::new("ls").arg("missing"))?;
    println!("여기는 실행되지 않는다");
    Ok(())
}
