use std::error::Error;

use chrono::{Local, NaiveDateTime, Utc};
use chrono_tz::Asia::{Kathmandu, Seoul};

const FMT: &str = "%Y-%m-%d %H:%M:%S%:z";

fn main() -> Result<(), Box<dyn Error>> {
    let arrival_sf = "2022-12-12 12:12:12";
    let dt_arrival_sf = NaiveDateTime::parse_from_str(arrival_sf, "%Y-%m-%d %H:%M:%S")?;

    // NaiveDateTime에는 with_timezone이 없다. 파이썬이 몰래 하는 일을 직접 적어야 한다:
    // "이 벽시계 시각은 이 컴퓨터의 지역 시간(Local)이다"
    let assumed = dt_arrival_sf
        .and_local_timezone(Local)
        .single()
        .ok_or("이 컴퓨터의 시간대에서 이 시각은 없거나 두 번 있다")?;

    println!("{}", assumed.with_timezone(&Utc).format(FMT));
    println!("{}", assumed.with_timezone(&Seoul).format(FMT));
    println!("{}", assumed.with_timezone(&Kathmandu).format(FMT));
    Ok(())
}
