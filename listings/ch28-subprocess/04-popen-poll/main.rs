use std::io;
use std::process::Command;
use std::thread;
use std::time::Duration;

fn main() -> io::Result<()> {
    let mut child = Command::new("sleep").arg("0.6").spawn()?;

    // try_wait(): 끝났으면 Some(상태), 아직이면 None. 기다리지 않고 바로 돌아온다
    let status = loop {
        match child.try_wait()? {
            Some(status) => break status,
            None => {
                println!("작업 중...");
                thread::sleep(Duration::from_millis(400));
            }
        }
    };
    println!("종료 상태 {:?}", status.code());
    Ok(())
}
