use chrono::{TimeDelta, TimeZone};
use chrono_tz::America::Los_Angeles;
use chrono_tz::Asia::Seoul;

const FMT: &str = "%Y-%m-%d %H:%M:%S%:z";

fn main() {
    // 함정 1이 없다: DateTime<Tz>를 만드는 길은 모두 시간대 규칙으로 오프셋을 계산한다
    // with_ymd_and_hms도 LocalResult를 돌려준다. unwrap()은 없거나 두 번 있는 시각에서 패닉하므로
    // single()로 "딱 하나"를 요구하고, 아니면 무엇을 가정했는지 적어 둔 메시지로 멈춘다
    let sf_dt = Los_Angeles
        .with_ymd_and_hms(2022, 12, 12, 12, 12, 12)
        .single()
        .expect("12월 12일 12:12:12는 로스앤젤레스에 한 번만 있다");
    println!("{}", sf_dt.format(FMT));

    // 함정 2도 없다: DateTime + TimeDelta는 순간에 더하고, 오프셋은 규칙이 다시 고른다
    let before = Los_Angeles
        .with_ymd_and_hms(2023, 3, 12, 1, 30, 0)
        .single()
        .expect("3월 12일 01:30은 서머타임 시작(02:00) 전이라 한 번만 있다");
    let after = before + TimeDelta::hours(1);
    println!("{}", before.format(FMT));
    println!("{}", after.format(FMT));

    // 서울의 벽시계로 옮겨도 같은 순간이다: == 는 순간을 비교한다
    let korea_dt = before.with_timezone(&Seoul);
    println!("{} {}", korea_dt.format(FMT), korea_dt == before);
}
