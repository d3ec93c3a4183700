use std::env;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use rustix::process::{Pid, Signal, kill_process_group};

const ROLE: &str = "CH28_ROLE";

fn main() -> io::Result<()> {
    match env::var(ROLE).as_deref() {
        Ok("grandchild") => {
            thread::sleep(Duration::from_millis(500));
            println!("손자: 살아남아 찍는다");
            return Ok(());
        }
        Ok(_) => {
            // 자식: 손자를 띄우고 기다린다. 손자는 stdout(파이프)을 물려받는다
            let mut grandchild = Command::new(env::current_exe()?)
                .env(ROLE, "grandchild")
                .spawn()?;
            let mut out = io::stdout().lock();
            writeln!(out, "자식: 손자를 띄웠다")?;
            out.flush()?;
            grandchild.wait()?;
            return Ok(());
        }
        Err(_) => {}
    }

    for new_group in [false, true] {
        let mut cmd = Command::new(env::current_exe()?);
        cmd.env(ROLE, "child").stdout(Stdio::piped());
        if new_group {
            cmd.process_group(0); // 자식이 자기 pid를 번호로 하는 새 프로세스 그룹을 이끈다
        }
        let mut child = cmd.spawn()?;
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout은 piped"));
        let mut line = String::new();
        stdout.read_line(&mut line)?; // 손자가 뜬 뒤에야 이 줄이 온다
        print!("{line}");

        if new_group {
            kill_process_group(Pid::from_child(&child), Signal::KILL)?; // 그룹 전체에
        } else {
            child.kill()?; // 자식 하나에만
        }
        let status = child.wait()?;
        // 파이프의 쓰는 쪽을 쥔 프로세스가 모두 끝나야 EOF가 온다
        let mut rest = String::new();
        stdout.read_to_string(&mut rest)?;
        println!("process_group(0) {new_group}: 자식 {status}, 남은 출력 {rest:?}");
    }
    Ok(())
}
