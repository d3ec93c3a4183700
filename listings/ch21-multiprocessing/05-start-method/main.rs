use std::env;
use std::io;
use std::process::Command;

fn main() -> io::Result<()> {
    let role = env::args().nth(1);
    // main의 첫 줄: 부모에서 한 번, 자식에서 또 한 번 실행된다
    println!("main의 첫 줄: 인자 = {role:?}");
    if role.as_deref() == Some("child") {
        println!("  자식: 같은 실행 파일이 처음부터 다시 돌았다");
        return Ok(());
    }
    // 러스트의 자식 프로세스는 언제나 새로 실행된 프로그램이다: 파이썬의 spawn과 같다
    let status = Command::new(env::current_exe()?).arg("child").status()?;
    println!("자식: {status}");
    Ok(())
}
