use std::process::{Command, Stdio};

fn main() -> std::io::Result<()> {
    let child = Command::new("echo")
        .arg("hi")
        .stdout(Stdio::piped())
        .spawn()?;
    let first = child.wait_with_output()?; // child를 넘겨준다(self)
    let second = child.wait_with_output()?; // 파이썬의 두 번째 communicate()
    println!("{first:?} {second:?}");
    Ok(())
}
