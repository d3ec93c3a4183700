use chrono::{NaiveDate, TimeZone};
use chrono_tz::America::Los_Angeles;

fn main() {
    let gap = NaiveDate::from_ymd_opt(2023, 3, 12)
        .and_then(|d| d.and_hms_opt(2, 30, 0))
        .expect("달력에 있는 날짜와 시각");
    // 컴파일은 된다: unwrap()은 Single이면 값을 꺼내고, None이나 Ambiguous면 패닉한다
    let sf_dt = Los_Angeles.from_local_datetime(&gap).unwrap();
    println!("{sf_dt}");
    println!("여기는 실행되지 않는다");
}
