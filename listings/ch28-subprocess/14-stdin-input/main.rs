use std::env;
use std::error::Error;
use std::io::{self, Read, Write};
use std::process::{Command, Stdio};
use std::thread;

const ROLE: &str = "CH28_ROLE";

/// subprocess.check_output(args, input=...)에 해당: input을 stdin으로 보내고 stdout을 받는다
fn check_output(cmd: &mut Command, input: &str) -> Result<String, Box<dyn Error>> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("stdin은 piped");
    // 쓰기는 다른 스레드에서: 자식이 다 읽기 전에 출력을 내도 파이프가 막히지 않는다
    let input = input.to_owned();
    let writer = thread::spawn(move || stdin.write_all(input.as_bytes())); // 끝나면 stdin이 닫힌다
    let output = child.wait_with_output()?;
    writer.join().expect("쓰는 스레드가 패닉했다")?;
    if !output.status.success() {
        return Err(format!("{cmd:?} 실패: {}", output.status).into());
    }
    Ok(String::from_utf8(output.stdout)?)
}

fn main() -> Result<(), Box<dyn Error>> {
    if env::var_os(ROLE).is_some() {
        // 자식: stdin을 끝까지(EOF까지) 읽는다
        let mut text = String::new();
        io::stdin().read_to_string(&mut text)?;
        println!("{} 줄", text.lines().count());
        print!("{}", text.to_uppercase());
        return Ok(());
    }
    let me = env::current_exe()?;
    for input in ["hello\nworld\n", "안녕\n"] {
        let out = check_output(Command::new(&me).env(ROLE, "child"), input)?;
        println!("{out:?}");
    }
    Ok(())
}
