use chrono::{DateTime, Local};
use chrono_tz::Asia::Seoul;

/// 파이썬 예제의 실수를 일부러 재현한다. 러스트에서는 실수 하나하나가 호출로 남는다.
fn get_date_wrong(mili_time: i64) -> Option<String> {
    let utc_dt = DateTime::from_timestamp_millis(mili_time)?;
    let wall = utc_dt.naive_utc(); // ① UTC라는 정보를 버리고 (utcfromtimestamp)
    let misread = wall.and_local_timezone(Local).single()?; // ② 지역 시간이라고 우긴다
    let korea_dt = misread.with_timezone(&Seoul);
    Some(korea_dt.format("%Y-%m-%d %H:%M:%S").to_string())
}

fn get_date(mili_time: i64) -> Option<String> {
    let korea_dt = DateTime::from_timestamp_millis(mili_time)?.with_timezone(&Seoul);
    Some(korea_dt.format("%Y-%m-%d %H:%M:%S").to_string())
}

fn main() {
    for (label, timeline) in [
        ("틀린 변환", get_date_wrong(1_673_979_762_000)),
        ("바른 변환", get_date(1_673_979_762_000)),
    ] {
        println!("{label}: {}", timeline.as_deref().unwrap_or("변환 실패"));
    }
}
