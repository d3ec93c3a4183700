// 받을 수 있는 키워드를 미리 정해 둔 "옵션 구조체". 러스트 식별자도 한글이 된다
#[derive(Default)]
struct 형제자매<'a> {
    누나: Option<&'a str>,
    형: Option<&'a str>,
    여동생: Option<&'a str>,
    남동생: Option<&'a str>,
}

impl<'a> 형제자매<'a> {
    // 값이 들어 있는 항목만 (호칭, 이름) 튜플로: 순서는 필드 선언 순서
    fn items(&self) -> impl Iterator<Item = (&'static str, &'a str)> {
        [
            ("누나", self.누나),
            ("형", self.형),
            ("여동생", self.여동생),
            ("남동생", self.남동생),
        ]
        .into_iter()
        .filter_map(|(title, name)| Some((title, name?)))
    }
}

fn print_family_name(father: &str, mother: &str, sibling: 형제자매) {
    println!("아버지 : {father}");
    println!("어머니 : {mother}");
    let mut items = sibling.items().peekable();
    if items.peek().is_some() {
        println!("호적 메이트..");
        for (title, name) in items {
            println!("{title} : {name}");
        }
    }
}

fn main() {
    print_family_name(
        "홍길동",
        "심사임당",
        형제자매 {
            누나: Some("김태희"),
            여동생: Some("윤아"),
            ..Default::default()
        },
    );
    println!("---");
    print_family_name("홍길동", "심사임당", 형제자매::default());
}
