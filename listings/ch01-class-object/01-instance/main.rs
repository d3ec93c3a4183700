use std::any::{Any, type_name_of_val};

/// 붕어빵 틀: 모양은 같고 속만 다른 붕어빵을 찍어 낸다.
#[derive(Debug, Clone, PartialEq)]
struct Bungeoppang {
    filling: String,
}

impl Bungeoppang {
    fn new(filling: &str) -> Self {
        Bungeoppang {
            filling: filling.to_string(),
        }
    }
}

fn main() {
    let red_bean = Bungeoppang::new("팥");
    let choux = Bungeoppang::new("슈크림");

    // 타입은 컴파일러가 이미 안다. 이름이 궁금하면 물어볼 수는 있다(디버깅용 문자열)
    println!("{}", type_name_of_val(&red_bean));
    // isinstance에 가장 가까운 것: 'static 타입이면 dyn Any로 실행 중에 물을 수 있다
    let anything: &dyn Any = &red_bean;
    println!("{}", anything.is::<Bungeoppang>());
    println!("{red_bean:?} {choux:?}");

    // 정체성은 값이 놓인 주소다. 물어보려면 주소를 직접 비교한다
    let same = &red_bean; // 새 값이 아니라 같은 값을 가리키는 참조
    println!(
        "{} {}",
        std::ptr::eq(same, &red_bean),
        std::ptr::eq(&red_bean, &choux)
    );

    // ==는 PartialEq가 정한다: derive하면 필드를 비교한다
    let copy = red_bean.clone();
    println!("{} {}", copy == red_bean, std::ptr::eq(&copy, &red_bean));

    // 모든 값이 객체는 아니다: 머리 없이 데이터만 있다. 크기는 바이트 단위
    println!("{} {}", type_name_of_val(&42), size_of_val(&42));
    let filling = String::from("팥"); // 포인터, 용량, 길이
    println!("{} {}", type_name_of_val(&filling), size_of_val(&filling));
    // 구조체는 필드를 나란히 놓은 것일 뿐: String 하나 크기 그대로다
    println!("{} {}", type_name_of_val(&red_bean), size_of_val(&red_bean));
}
