use std::thread;

fn count_primes(lo: u32, hi: u32) -> u32 {
    let is_prime = |n: u32| {
        (2..)
            .take_while(|d| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
    };
    (lo.max(2)..hi).filter(|&n| is_prime(n)).count() as u32
}

fn main() {
    // 인터프리터 잠금도, 전환 간격도 없다: 스레드는 운영체제 스레드이고 코어마다 동시에 돈다
    let results: Vec<u32> = thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|i| s.spawn(move || count_primes(i * 5000, (i + 1) * 5000)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{results:?} {}", results.iter().sum::<u32>());
}
