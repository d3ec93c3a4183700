use std::any::type_name_of_val;
use std::error::Error;

use chrono::{Local, NaiveDateTime};

fn main() -> Result<(), Box<dyn Error>> {
    let str_dt = "2023-01-18 03:22:42";

    let dt = NaiveDateTime::parse_from_str(str_dt, "%Y-%m-%d %H:%M:%S")?;
    // time.mktime이 말없이 하는 일: dt를 이 컴퓨터(TZ)의 지역 시간으로 읽는다
    let ts = dt
        .and_local_timezone(Local)
        .single()
        .ok_or("이 컴퓨터의 시간대에서 이 시각은 없거나 두 번 있다")?
        .timestamp();

    println!("{dt}");
    println!("{}", type_name_of_val(&dt));
    println!("{ts}");
    println!("{}", type_name_of_val(&ts));
    Ok(())
}
