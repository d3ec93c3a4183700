use std::error::Error;

use chrono::{Days, TimeDelta, TimeZone};
use chrono_tz::America::Los_Angeles;
use jiff::ToSpan;

const FMT: &str = "%Y-%m-%d %H:%M:%S%:z";

fn main() -> Result<(), Box<dyn Error>> {
    // chrono: 서머타임이 시작되기 전날 정오(PST)
    let start = Los_Angeles
        .with_ymd_and_hms(2023, 3, 11, 12, 0, 0)
        .single()
        .ok_or("없거나 두 번 있는 시각")?;
    // 다음 날 같은 시각: 날짜에 하루를 더하고 시간대에 다시 묻는다 (없거나 두 번 있으면 None)
    let tomorrow = start
        .checked_add_days(Days::new(1))
        .ok_or("다음 날 그 시각이 없거나 두 번 있다")?;
    let hours = (tomorrow - start).num_hours();
    println!(
        "chrono checked_add_days(Days::new(1)) : {} ({hours}시간)",
        tomorrow.format(FMT)
    );
    // TimeDelta::days(1)은 "24시간"이라는 길이다
    println!(
        "chrono + TimeDelta::days(1)            : {}",
        (start + TimeDelta::days(1)).format(FMT)
    );

    // jiff: 날 단위는 달력 기준, 시 단위는 흐른 시간 기준
    let start = jiff::civil::date(2023, 3, 11)
        .at(12, 0, 0, 0)
        .in_tz("America/Los_Angeles")?;
    let tomorrow = start.checked_add(1.day())?;
    let hours = tomorrow.duration_since(&start).as_hours();
    println!("jiff + 1.day()    : {tomorrow} ({hours}시간)");
    println!("jiff + 24.hours() : {}", start.checked_add(24.hours())?);
    Ok(())
}
