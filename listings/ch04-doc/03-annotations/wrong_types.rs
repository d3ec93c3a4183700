fn get_news(keywords: &[&str], limit: usize) -> Vec<String> {
    keywords
        .iter()
        .take(limit)
        .map(|k| format!("{k} 뉴스"))
        .collect()
}

fn main() {
    // 파이썬의 get_news("러스트")와 get_news(["러스트"], limit="1")
    println!("{:?}", get_news("러스트", 10));
    println!("{:?}", get_news(&["러스트"], "1"));
}
