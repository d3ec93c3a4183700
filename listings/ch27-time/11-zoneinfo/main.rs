use std::error::Error;

use chrono::{DateTime, LocalResult, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

const FMT: &str = "%Y-%m-%d %H:%M:%S%:z";

fn main() -> Result<(), Box<dyn Error>> {
    // ZoneInfo("...")처럼 이름으로 찾는다. 데이터는 chrono-tz에 컴파일되어 들어 있다
    let pacific: Tz = "America/Los_Angeles".parse()?;
    let korea: Tz = "Asia/Seoul".parse()?;
    let nepal: Tz = "Asia/Kathmandu".parse()?;
    let katmandu: Tz = "Asia/Katmandu".parse()?; // 옛 이름도 있다

    let sf_dt = pacific
        .with_ymd_and_hms(2022, 12, 12, 12, 12, 12)
        .single()
        .ok_or("없거나 두 번 있는 시각")?;
    println!(
        "{} {}",
        sf_dt.format(FMT),
        sf_dt.with_timezone(&Utc).format(FMT)
    );
    println!(
        "{} {}",
        sf_dt.with_timezone(&korea).format(FMT),
        sf_dt.with_timezone(&nepal).format(FMT)
    );
    println!(
        "{} {}",
        katmandu.name(),
        sf_dt.with_timezone(&katmandu).format(FMT)
    );

    // datetime.fromtimestamp(ts, tz=timezone.utc)에 해당
    let from_ts = DateTime::from_timestamp(1_673_979_762, 0).ok_or("범위 밖")?;
    println!("{}", from_ts.format(FMT));

    // fold 대신 LocalResult: 두 후보를 다 돌려준다
    if let LocalResult::Ambiguous(earlier, later) = pacific.with_ymd_and_hms(2023, 11, 5, 1, 30, 0)
    {
        for (label, dt) in [("earlier", earlier), ("later", later)] {
            let utc = dt.with_timezone(&Utc);
            println!(
                "{label} {} {} {}",
                dt.format(FMT),
                dt.format("%Z"),
                utc.format(FMT)
            );
        }
    }

    // 없는 02:30: 오프셋을 지어내지 않고 후보가 없다고 답한다
    let gap = pacific.with_ymd_and_hms(2023, 3, 12, 2, 30, 0);
    println!("2023-03-12 02:30:00 -> {gap:?}");

    // DateTime + TimeDelta는 흐른 시간(순간 기준)이다: 00:30 PDT + 2시간 = 01:30 PST
    let before = pacific
        .with_ymd_and_hms(2023, 11, 5, 0, 30, 0)
        .single()
        .ok_or("없거나 두 번 있는 시각")?;
    println!("{}", (before + TimeDelta::hours(2)).format(FMT));
    // 벽시계 기준이 필요하면 naive에서 더하고 시간대에 다시 묻는다
    let wall = before.naive_local() + TimeDelta::hours(2);
    if let LocalResult::Single(wall_dt) = pacific.from_local_datetime(&wall) {
        let elapsed = wall_dt - before;
        println!("{} {}", wall_dt.format(FMT), elapsed.num_seconds());
    }
    Ok(())
}
