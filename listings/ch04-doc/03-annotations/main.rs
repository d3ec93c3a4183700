/// 키워드마다 뉴스 제목을 하나씩 만들어 `limit`개까지 돌려준다.
fn get_news(keywords: &[&str], limit: usize) -> Vec<String> {
    keywords
        .iter()
        .take(limit)
        .map(|k| format!("{k} 뉴스"))
        .collect()
}

fn main() {
    // 시그니처의 타입은 컴파일러가 모든 호출에서 확인한다
    println!("{:?}", get_news(&["러스트", "파이썬"], 1));
    println!("{:?}", get_news(&["러스트"], 10));
}
