use chrono::DateTime;

fn get_date(mili_time: i64) -> Option<String> {
    // 밀리초 정수를 그대로 받는다. 돌아오는 것은 DateTime<Utc>: UTC라는 사실이 타입에 있다
    let dt = DateTime::from_timestamp_millis(mili_time)?;
    Some(dt.format("%Y-%m-%d %H:%M:%S").to_string()) // (1) 출력형식 지정
}

fn main() {
    match get_date(1_673_979_762_000) {
        Some(timeline) => println!("{timeline}"),
        None => println!("표현할 수 없는 timestamp"),
    }
}
