use std::env;
use std::io;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

// 자식 역할
fn proc_func(name: &str) -> io::Result<()> {
    io::stdin().read_line(&mut String::new())?; // 부모의 신호(stdin이 닫힘)를 기다린다

    println!("Sub-Process {name}: starting");
    thread::sleep(Duration::from_millis(300));
    println!("Sub-Process {name}: finishing");
    Ok(())
}

// 부모 역할
fn parent() -> io::Result<()> {
    let mut cmd = Command::new(env::current_exe()?);
    cmd.args(["child", "First"]).stdin(Stdio::piped());

    println!("Main-Process : before creating Process");
    let mut p = cmd.spawn()?;

    println!("Main-Process : During Process");

    println!("Main-Process : Joined Process");
    drop(p.stdin.take());
    let status = p.wait()?; // 파이썬의 p.join()

    // 프로세스 상태 확인: 한 번 거둔 뒤의 try_wait()는 그 종료 상태를 다시 돌려준다
    println!("Process p is alive: {}", p.try_wait()?.is_none());
    println!("Process p exit code: {:?}", status.code());
    Ok(())
}

fn main() -> io::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [role, name] if role == "child" => proc_func(name),
        _ => parent(),
    }
}
