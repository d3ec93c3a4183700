use std::error::Error;

use chrono::{Local, NaiveDateTime, TimeZone, Utc};
use chrono_tz::America::Los_Angeles;
use chrono_tz::Asia::{Kathmandu, Seoul};

/// 파이썬의 str(aware datetime)과 같은 모양, 끝에 시간대 약어
const FMT: &str = "%Y-%m-%d %H:%M:%S%:z (%Z)";

fn main() -> Result<(), Box<dyn Error>> {
    let arrival_sf = "2022-12-12 12:12:12";
    let naive = NaiveDateTime::parse_from_str(arrival_sf, "%Y-%m-%d %H:%M:%S")?;

    // localize: 벽시계 시각 + 시간대. 답이 하나라는 보장이 없어서 LocalResult가 온다
    let sf_dt = Los_Angeles
        .from_local_datetime(&naive)
        .single()
        .ok_or("샌프란시스코에서 이 시각은 없거나 두 번 있다")?;
    println!("{}", sf_dt.format(FMT));

    // astimezone: 같은 순간을 다른 시간대의 벽시계로. normalize 같은 건 필요 없다
    let utc_dt = sf_dt.with_timezone(&Utc);
    let korea_dt = sf_dt.with_timezone(&Seoul);
    let nepal_dt = sf_dt.with_timezone(&Kathmandu);
    println!("{}", utc_dt.format(FMT));
    println!("{}", korea_dt.format(FMT));
    println!("{}", nepal_dt.format(FMT));

    // time.mktime(x.timetuple())의 실수를 러스트로 옮기면: 시간대를 버리는 호출이 눈에 보인다
    for wall in [
        utc_dt.naive_local(),
        korea_dt.naive_local(),
        nepal_dt.naive_local(),
    ] {
        let misread = wall
            .and_local_timezone(Local)
            .single()
            .ok_or("모호한 시각")?;
        println!("{}", misread.timestamp());
    }

    // 같은 순간이면 timestamp도 같다
    println!(
        "{} {} {}",
        utc_dt.timestamp(),
        korea_dt.timestamp(),
        nepal_dt.timestamp()
    );
    Ok(())
}
