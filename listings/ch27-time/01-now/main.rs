use chrono::{Local, Offset, Utc};
use chrono_tz::Asia::Seoul;

fn main() {
    let now_utc = Utc::now(); // DateTime<Utc>: 시간대가 타입에 들어 있다
    let now_seoul = now_utc.with_timezone(&Seoul); // DateTime<chrono_tz::Tz>
    let now_local = Local::now(); // DateTime<Local>: TZ 환경 변수를 따른다
    let naive = now_local.naive_local(); // 시간대를 버리려면 이렇게 적어야 한다

    println!("timestamp : {}", now_utc.timestamp());
    println!("UTC       : {now_utc}");
    println!("Seoul     : {now_seoul}");
    println!("Local     : {now_local}");
    println!("naive     : {naive}");
    println!("같은 순간? {}", now_utc == now_seoul);
    println!("서울의 Δ  : {}", now_seoul.offset().fix());
}
