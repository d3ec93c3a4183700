use std::env;
use std::error::Error;
use std::process::Command;

use chrono::{DateTime, Local};

fn get_date(mili_time: i64) -> Option<String> {
    // Local은 TZ 환경 변수(없으면 /etc/localtime)를 따른다
    let dt = DateTime::from_timestamp_millis(mili_time)?.with_timezone(&Local);
    Some(dt.format("%Y-%m-%d %H:%M:%S").to_string()) // (1) 출력형식 지정
}

fn main() -> Result<(), Box<dyn Error>> {
    let tz = env::var("TZ").unwrap_or_else(|_| "(TZ 없음)".to_string());
    let timeline = get_date(1_673_979_762_000).ok_or("표현할 수 없는 timestamp")?;
    println!("{tz} {timeline}");

    // 같은 프로그램을 TZ만 바꿔 다시 실행한다 (자식 프로세스는 한 번만)
    if env::var_os("CH27_CHILD").is_none() {
        for tz in ["UTC", "Asia/Kathmandu"] {
            let status = Command::new(env::current_exe()?)
                .env("TZ", tz)
                .env("CH27_CHILD", "1")
                .status()?;
            // status()의 Ok는 "기다렸다"는 뜻일 뿐이다. 자식이 실패했는지는 따로 본다
            if !status.success() {
                return Err(format!("TZ={tz}로 띄운 자식이 실패했다: {status}").into());
            }
        }
    }
    Ok(())
}
