use std::env;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

// 자식 역할: 끝까지 가면 finishing을 찍는다
fn proc_func(name: &str) {
    println!("Sub-Process {name}: starting");
    thread::sleep(Duration::from_millis(300));
    println!("Sub-Process {name}: finishing");
}

/// 리눅스의 /proc/PID/stat에서 프로세스 상태 글자(R, S, Z …)를 읽는다. 없으면 None.
fn proc_state(pid: u32) -> Option<char> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // "PID (이름) 상태 …": 이름에 공백이 있을 수 있어 마지막 ')' 뒤를 읽는다
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

// 부모 역할
fn parent() -> io::Result<()> {
    println!("Main-Process : before creating Process");
    let mut p = Command::new(env::current_exe()?)
        .args(["child", "First"])
        .stdout(Stdio::piped()) // 자식의 출력을 파이프로 받는다
        .spawn()?;

    // 자식이 첫 줄을 보낼 때까지 기다렸다가 대신 찍는다 (파이썬의 started.wait())
    let mut out = BufReader::new(p.stdout.take().expect("stdout은 파이프"));
    let mut line = String::new();
    out.read_line(&mut line)?;
    print!("{line}");

    println!("Main-Process : During Process");

    println!("Main-Process : Terminated Process");
    p.kill()?; // 유닉스에서는 SIGKILL

    // 죽었지만 아직 거두지 않은 자식은 좀비(Z)가 된다
    let pid = p.id();
    let mut state = proc_state(pid);
    for _ in 0..100 {
        if state == Some('Z') {
            break;
        }
        thread::sleep(Duration::from_millis(10));
        state = proc_state(pid);
    }
    println!("wait 전 자식의 상태: {state:?}");

    let status = p.wait()?; // 거둔다: 좀비가 사라진다
    println!("wait 뒤 자식의 상태: {:?}", proc_state(pid));

    // 프로세스 상태 확인
    println!("Process p is alive: {}", p.try_wait()?.is_none());
    println!("Process p: {status}");
    println!("code: {:?}, signal: {:?}", status.code(), status.signal());

    let mut rest = String::new();
    out.read_to_string(&mut rest)?;
    println!("자식이 더 보낸 출력: {rest:?}");
    Ok(())
}

fn main() -> io::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [role, name] if role == "child" => {
            proc_func(name);
            Ok(())
        }
        _ => parent(),
    }
}
