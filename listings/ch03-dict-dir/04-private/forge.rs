mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    // 비공개 필드가 있으면 모듈 밖에서는 구조체 리터럴로 만들 수도 없다: new를 거쳐야 한다
    let forged = bank::Account {
        owner: "맹구".to_string(),
        balance: 1_000_000,
    };
    println!("{} {}", forged.owner, forged.balance());
}
