use chrono::DateTime;
use chrono_tz::Asia::Seoul;

fn get_date(mili_time: i64) -> Option<String> {
    let utc_dt = DateTime::from_timestamp_millis(mili_time)?; // 이미 UTC: localize할 것이 없다
    let korea_dt = utc_dt.with_timezone(&Seoul); // 컴퓨터의 TZ와 상관없이 서울
    Some(korea_dt.format("%Y-%m-%d %H:%M:%S").to_string()) // (1) 출력형식 지정
}

fn main() {
    match get_date(1_673_979_762_000) {
        Some(timeline) => println!("{timeline}"),
        None => println!("표현할 수 없는 timestamp"),
    }
}
