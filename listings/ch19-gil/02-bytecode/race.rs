use std::thread;

fn main() {
    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| counter += 1);
        s.spawn(|| counter += 1); // 같은 변수를 두 스레드가 동시에 고치려 한다
    });
    println!("{counter}");
}
