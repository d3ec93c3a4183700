// 러스트에서는 경고(unused_must_use)다. 그 메시지를 책에 고정하려고 오류로 올렸다
#![deny(unused_must_use)]

async fn slow_query() -> &'static str {
    println!("  slow_query: 시작");
    "결과"
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    slow_query(); // .await를 빠뜨렸다
}
