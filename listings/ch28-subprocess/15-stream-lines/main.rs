use std::env;
use std::io::{self, BufRead, BufReader, Write};
use std::process::{Command, Stdio};

const ROLE: &str = "CH28_ROLE";

fn main() -> io::Result<()> {
    if env::var_os(ROLE).is_some() {
        // 자식: 한 줄 찍고 flush, 부모의 답을 한 줄 읽고, 다시 찍는다
        let mut out = io::stdout().lock();
        let mut answer = String::new();
        for step in 1..=3 {
            writeln!(out, "진행 {step}/3")?;
            out.flush()?;
            io::stdin().read_line(&mut answer)?;
        }
        writeln!(out, "완료")?;
        return out.flush();
    }

    let mut child = Command::new(env::current_exe()?)
        .env(ROLE, "child")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("stdin은 piped");
    let stdout = child.stdout.take().expect("stdout은 piped");

    // lines()는 한 줄이 올 때마다 하나씩 내준다. 자식이 끝나고 파이프가 닫히면 반복이 끝난다
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        println!("받음: {line}");
        if line.starts_with("진행") {
            writeln!(stdin, "다음")?; // ChildStdin은 버퍼가 없어 바로 자식에게 간다
            println!("보냄: 다음");
        }
    }
    drop(stdin); // 자식의 stdin을 닫는다
    println!("종료 상태 {}", child.wait()?);
    Ok(())
}
