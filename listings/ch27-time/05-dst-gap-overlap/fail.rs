use chrono::{DateTime, NaiveDate, TimeZone};
use chrono_tz::America::Los_Angeles;
use chrono_tz::Tz;

fn main() {
    let gap = NaiveDate::from_ymd_opt(2023, 3, 12)
        .and_then(|d| d.and_hms_opt(2, 30, 0))
        .unwrap();
    // pytz의 localize(naive)처럼 "그냥 하나 달라"고 하면
    let sf_dt: DateTime<Tz> = Los_Angeles.from_local_datetime(&gap);
    println!("{sf_dt}");
}
