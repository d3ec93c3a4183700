use chrono::NaiveDateTime;
use chrono_tz::Asia::Seoul;

fn main() {
    let dt_arrival_sf =
        NaiveDateTime::parse_from_str("2022-12-12 12:12:12", "%Y-%m-%d %H:%M:%S").unwrap();
    // 파이썬의 dt_arrival_sf.astimezone(korea): naive를 지역 시간으로 짐작해 준다
    let korea_dt = dt_arrival_sf.with_timezone(&Seoul);
    println!("{korea_dt}");
}
