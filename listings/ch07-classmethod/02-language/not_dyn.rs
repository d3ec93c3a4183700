trait Language: Sized {
    const DEFAULT_LANGUAGE: &'static str;

    fn new(show: String) -> Self;
    fn show(&self) -> &str;

    fn class_my_language() -> Self {
        Self::new(format!("나의 언어는 {}", Self::DEFAULT_LANGUAGE))
    }
}

struct EnglishLanguage {
    show: String,
}

struct KoreanLanguage {
    show: String,
}

impl Language for EnglishLanguage {
    const DEFAULT_LANGUAGE: &'static str = "English";

    fn new(show: String) -> Self {
        EnglishLanguage { show }
    }

    fn show(&self) -> &str {
        &self.show
    }
}

impl Language for KoreanLanguage {
    const DEFAULT_LANGUAGE: &'static str = "한국어";

    fn new(show: String) -> Self {
        KoreanLanguage { show }
    }

    fn show(&self) -> &str {
        &self.show
    }
}

fn main() {
    // 파이썬이라면 [Language(), KoreanLanguage()]처럼 한 리스트에 담을 수 있다
    let langs: Vec<Box<dyn Language>> = vec![
        Box::new(EnglishLanguage::class_my_language()),
        Box::new(KoreanLanguage::class_my_language()),
    ];
    for lang in &langs {
        println!("{}", lang.show());
    }
}
