use std::env;
use std::io;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

// 자식 역할: 노트의 proc_func
fn proc_func(name: &str) -> io::Result<()> {
    // 부모가 stdin을 닫을 때까지 기다린다 (파이썬 쪽 go.wait()에 해당)
    io::stdin().read_line(&mut String::new())?;

    println!("Sub-Process {name}: starting");
    thread::sleep(Duration::from_millis(300));
    println!("Sub-Process {name}: finishing");
    Ok(())
}

// 부모 역할: 노트의 main
fn parent() -> io::Result<()> {
    // 같은 실행 파일을 `child First` 인자로 다시 실행하는 명령 (아직 시작 전)
    let mut cmd = Command::new(env::current_exe()?);
    cmd.args(["child", "First"]).stdin(Stdio::piped());

    println!("Main-Process : before creating Process");
    // 프로세스 시작
    let mut p = cmd.spawn()?;

    println!("Main-Process : During Process");

    // 프로세스 상태 확인: try_wait()가 None이면 아직 살아 있다
    println!("Process p is alive: {}", p.try_wait()?.is_none());

    drop(p.stdin.take()); // stdin을 닫는다 = 자식에게 "이제 시작해도 된다"

    // 파이썬은 끝날 때 자식을 알아서 join하지만, 러스트는 직접 기다려야 한다
    let status = p.wait()?;
    println!("Process p: {status}");
    Ok(())
}

fn main() -> io::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [role, name] if role == "child" => proc_func(name),
        _ => parent(),
    }
}
