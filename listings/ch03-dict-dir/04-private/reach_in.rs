mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn new(owner: &str, balance: u64) -> Self {
            Account {
                owner: owner.to_string(),
                balance,
            }
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    let mut acct = bank::Account::new("철수", 1000);
    acct.balance = 1_000_000; // 파이썬의 acct._balance = 1_000_000
    println!("{} {}", acct.owner, acct.balance());
}
