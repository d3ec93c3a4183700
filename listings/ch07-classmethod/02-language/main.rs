// 파이썬의 Language / KoreanLanguage 상속을 트레이트 하나로 옮긴다.
trait Language: Sized {
    // 클래스 변수 default_language 자리: 구현하는 타입마다 자기 값을 댄다.
    const DEFAULT_LANGUAGE: &'static str;

    // __init__ 자리: 구현하는 타입이 제공하는 생성자
    fn new(show: String) -> Self;
    fn show(&self) -> &str;

    // @classmethod: 기본 구현이 Self::new를 부른다.
    // Self는 "이 메서드를 부른 타입"이므로 cls()와 같다.
    fn class_my_language() -> Self {
        Self::new(format!("나의 언어는 {}", Self::DEFAULT_LANGUAGE))
    }

    // @staticmethod: 어느 타입으로 부르든 EnglishLanguage를 돌려준다. 반환 타입에 그렇게 쓰여 있다.
    fn static_my_language() -> EnglishLanguage {
        EnglishLanguage::new(format!("나의 언어는 {}", EnglishLanguage::DEFAULT_LANGUAGE))
    }

    fn print_language(&self) {
        println!("{}", self.show());
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
    // 타입 표기는 컴파일러가 확인한다: 틀리면 빌드가 안 된다.
    let a: EnglishLanguage = KoreanLanguage::static_my_language();
    let b: KoreanLanguage = KoreanLanguage::class_my_language();
    a.print_language();
    b.print_language();
}
