//! 뉴스 검색 예제.
//!
//! `//!`는 자신을 감싼 것(여기서는 크레이트 전체)의 문서이고,
//! `///`는 바로 아래 항목의 문서다. 둘 다 `cargo doc`이 HTML로 만든다.

/// 뉴스 검색 결과 하나.
struct NewsItem {
    title: String,
}

/// 네이버 검색 뉴스 API를 사용해 특정 키워드들의 뉴스를 검색한다.
///
/// * `keywords` — 키워드 목록
/// * `client_id`, `client_secret` — 인증 정보
///
/// API 검색 결과 중 뉴스 항목들을 돌려준다. 매개변수와 반환 값의 타입은
/// 시그니처에 이미 있으니 문서에 다시 적지 않는다.
fn get_news(keywords: &[&str], client_id: &str, client_secret: &str) -> Vec<NewsItem> {
    // 이 예제는 실제 API를 부르지 않는다
    let _ = (keywords, client_id, client_secret);
    Vec::new()
}

fn main() {
    let items = get_news(&["러스트"], "id", "secret");
    for item in &items {
        println!("{}", item.title);
    }
    println!("뉴스 {}건", items.len());

    // 문서 주석은 실행 파일에 들어가지 않는다. 직접 찾아보자.
    // 찾을 글자를 여기에 그대로 쓰면 그 글자가 실행 파일에 박히니, 뒤집어 두었다가 되돌린다
    let needle: String = "록목 드워키".chars().rev().collect();
    let exe = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    let found = exe.windows(needle.len()).any(|w| w == needle.as_bytes());
    println!("실행 파일 안에 {needle:?}? {found}");
}
