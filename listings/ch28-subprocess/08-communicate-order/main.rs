use std::io;
use std::process::{Child, Command};

/// 0번(0.1초), 3번(0.4초), 9번(1.0초) 자식이 끝났는지. try_wait()는 기다리지 않는다
fn status(children: &mut [Child]) -> io::Result<String> {
    let mut parts = Vec::new();
    for i in [0, 3, 9] {
        let state = match children[i].try_wait()? {
            Some(_) => "끝남",
            None => "도는 중",
        };
        parts.push(format!("{i}번 {state}"));
    }
    Ok(parts.join(", "))
}

fn main() -> io::Result<()> {
    let mut children = (1..=10)
        .map(|i| {
            Command::new("sleep")
                .arg(format!("{:.1}", f64::from(i) / 10.0))
                .spawn()
        })
        .collect::<io::Result<Vec<Child>>>()?;

    for i in [0, 3, 9] {
        children[i].wait()?;
        println!("{i}번을 기다린 뒤: {}", status(&mut children)?);
    }

    // 나머지는 이미 끝났지만 아직 거두지 않았다: 모두 wait해서 정리한다
    for child in &mut children {
        child.wait()?;
    }
    Ok(())
}
