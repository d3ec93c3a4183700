use std::error::Error;
use std::process::Command;

fn main() -> Result<(), Box<dyn Error>> {
    // 셸을 거치지 않는다: 프로그램 이름과 인자를 따로 넘긴다
    let output = Command::new("echo").arg("hi").output()?;
    println!("{output:?}");

    // check_returncode()에 해당하는 검사
    if !output.status.success() {
        return Err(format!("echo가 실패했다: {}", output.status).into());
    }
    // 바이트(Vec<u8>)를 UTF-8로 해석한다. 잘못된 바이트면 여기서 에러
    let stdout = String::from_utf8(output.stdout)?;
    print!("{stdout}");
    Ok(())
}
