use std::io;
use std::process::Command;

fn main() -> io::Result<()> {
    let name = "world; echo INJECTED"; // 사용자가 입력한 값이라고 하자

    // Command에는 셸이 없다: name은 echo가 받는 인자 하나
    Command::new("echo").arg("hello").arg(name).status()?;

    // 셸을 원하면 직접 sh -c를 불러야 한다. 문자열을 이어 붙이면 주입이 그대로 일어난다
    Command::new("sh")
        .arg("-c")
        .arg(format!("echo hello {name}"))
        .status()?;

    // 셸 스크립트는 고정하고, 값은 위치 인자($1)로 넘기면 안전하다
    Command::new("sh")
        .args(["-c", r#"echo hello "$1""#, "sh", name])
        .status()?;
    Ok(())
}
