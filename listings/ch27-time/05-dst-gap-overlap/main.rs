use chrono::{LocalResult, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::America::Los_Angeles;

const FMT: &str = "%Y-%m-%d %H:%M:%S%:z (%Z)";

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(h, min, 0))
        .expect("달력에 있는 날짜와 시각")
}

fn main() {
    let gap = at(2023, 3, 12, 2, 30); // 02:00 -> 03:00으로 건너뛴다: 없는 시각
    let overlap = at(2023, 11, 5, 1, 30); // 02:00 -> 01:00으로 되돌아간다: 두 번 있는 시각

    for naive in [gap, overlap] {
        println!("{naive}");
        match Los_Angeles.from_local_datetime(&naive) {
            LocalResult::Single(dt) => println!("  Single   : {}", dt.format(FMT)),
            LocalResult::Ambiguous(earlier, later) => {
                println!("  Ambiguous: {}", earlier.format(FMT));
                println!("             {}", later.format(FMT));
            }
            LocalResult::None => println!("  None     : 이 지역에 없는 시각"),
        }
    }

    // 고르는 것도 코드에 남는다: earliest()/latest()는 Option
    let first = Los_Angeles.from_local_datetime(&overlap).earliest();
    let in_gap = Los_Angeles.from_local_datetime(&gap).earliest();
    println!(
        "earliest: {:?} / {:?}",
        first.map(|dt| dt.to_rfc3339()),
        in_gap
    );
}
