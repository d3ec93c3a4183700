trait Language: Sized {
    const DEFAULT_LANGUAGE: &'static str;

    fn new(show: String) -> Self;

    fn class_my_language() -> Self {
        Self::new(format!("나의 언어는 {}", Self::DEFAULT_LANGUAGE))
    }

    fn static_my_language() -> EnglishLanguage {
        EnglishLanguage::new(format!("나의 언어는 {}", EnglishLanguage::DEFAULT_LANGUAGE))
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
}

impl Language for KoreanLanguage {
    const DEFAULT_LANGUAGE: &'static str = "한국어";

    fn new(show: String) -> Self {
        KoreanLanguage { show }
    }
}

fn main() {
    let b: KoreanLanguage = KoreanLanguage::class_my_language();
    // 파이썬이라면 조용히 Language 인스턴스가 들어왔을 자리
    let a: KoreanLanguage = KoreanLanguage::static_my_language();
    println!("{}\n{}", a.show, b.show);
}
