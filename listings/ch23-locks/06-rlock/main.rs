use std::sync::{Mutex, TryLockError};

#[derive(Debug)]
struct Account {
    balance: i64,
}

// 락을 다시 잡는 대신, 이미 잡은 결과(&mut)를 받는다
fn deposit(account: &mut Account, amount: i64) {
    account.balance += amount;
}

fn transfer(accounts: &Mutex<(Account, Account)>, amount: i64) {
    let mut guard = accounts.lock().unwrap(); // 잠그는 곳은 여기 한 곳
    let (src, dst) = &mut *guard;
    deposit(src, -amount);
    deposit(dst, amount);
}

fn main() {
    let lock = Mutex::new(0);
    let guard = lock.lock().unwrap();
    // 같은 스레드가 lock()을 또 부르면 교착이나 panic이다(어느 쪽인지는 정해져 있지 않다).
    // try_lock()은 기다리지 않고 결과를 알려 준다
    match lock.try_lock() {
        Err(TryLockError::WouldBlock) => println!("Mutex를 쥔 채로 다시 try_lock: WouldBlock"),
        Err(TryLockError::Poisoned(_)) => println!("오염되었다"),
        Ok(_) => println!("잡았다"),
    }
    drop(guard);

    let accounts = Mutex::new((Account { balance: 100 }, Account { balance: 0 }));
    transfer(&accounts, 30);
    println!(
        "잠금은 한 번, 빌림은 여러 번: {:?}",
        accounts.lock().unwrap()
    );
}
