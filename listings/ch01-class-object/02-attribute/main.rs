struct Bungeoppang {
    filling: String, // 필드: 붕어빵마다 따로 있다
}

impl Bungeoppang {
    // 연관 상수: 타입에 붙어 있어 모든 붕어빵이 같이 본다
    const SHAPE: &str = "물고기";

    fn new(filling: &str) -> Self {
        Bungeoppang {
            filling: filling.to_string(),
        }
    }

    // 메서드: 첫 인자가 self인 연관 함수
    fn describe(&self) -> String {
        format!("{} 붕어빵 ({} 모양)", self.filling, Self::SHAPE)
    }
}

fn main() {
    let bbang = Bungeoppang::new("팥");
    println!("{}", bbang.filling);
    println!("{}", Bungeoppang::SHAPE); // 상수는 타입 이름으로 읽는다
    println!("{}", bbang.describe());
    println!("{}", Bungeoppang::describe(&bbang)); // 위 줄과 같은 호출
}
