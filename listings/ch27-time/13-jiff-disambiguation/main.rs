use jiff::civil::date;
use jiff::tz::{Disambiguation, TimeZone};

fn main() -> Result<(), jiff::Error> {
    // 이름으로 찾는다. 데이터는 실행할 때 운영체제의 tz 데이터베이스(/usr/share/zoneinfo)에서 읽는다
    let pacific = TimeZone::get("America/Los_Angeles")?;

    let gap = date(2023, 3, 12).at(2, 30, 0, 0); // 없는 시각
    let overlap = date(2023, 11, 5).at(1, 30, 0, 0); // 두 번 있는 시각

    for civil in [gap, overlap] {
        println!("{civil}");
        // 애매할 수 있는 값을 먼저 받고, 어떻게 고를지는 Disambiguation으로 적는다
        let ambiguous = pacific.to_ambiguous_zoned_datetime(civil);
        for how in [
            Disambiguation::Compatible,
            Disambiguation::Earlier,
            Disambiguation::Later,
            Disambiguation::Reject,
        ] {
            let label = format!("{how:?}");
            match ambiguous.clone().disambiguate(how) {
                Ok(zdt) => println!("  {label:<10} : {zdt} = {}", zdt.timestamp()),
                Err(e) => println!("  {label:<10} : 오류: {e}"),
            }
        }
    }

    // civil.in_tz(...)는 Compatible로 고른다
    println!("in_tz: {}", gap.in_tz("America/Los_Angeles")?);
    Ok(())
}
