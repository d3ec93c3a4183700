// 모듈이 비공개의 경계다. 모듈 밖에서는 pub이 붙은 것만 보인다
mod bank {
    pub struct Account {
        pub owner: String, // 누구나 읽고 쓸 수 있다
        balance: u64,      // pub이 없으면 이 모듈 안에서만 보인다
        pin: String,
    }

    impl Account {
        pub fn new(owner: &str, balance: u64) -> Self {
            Account {
                owner: owner.to_string(),
                balance,
                pin: "0000".to_string(),
            }
        }

        // 읽기는 공개 메서드로: 값을 바꿀 길은 이 모듈이 정한다
        pub fn balance(&self) -> u64 {
            self.balance
        }

        pub fn deposit(&mut self, amount: u64) {
            self.balance += amount;
        }

        pub fn check_pin(&self, pin: &str) -> bool {
            self.pin == pin
        }
    }
}

use bank::Account;

fn main() {
    let mut acct = Account::new("철수", 1000);
    println!("{}", acct.balance());
    acct.deposit(500); // 잔액을 바꾸는 길은 모듈이 열어 둔 메서드뿐이다
    println!("{}", acct.balance());
    acct.owner.push_str("(인하)"); // pub 필드는 밖에서 바로 바꿀 수 있다
    println!("{} {}", acct.owner, acct.check_pin("0000"));
}
