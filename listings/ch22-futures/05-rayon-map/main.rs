use rayon::prelude::*;
use std::thread;
use std::time::Duration;

fn work(n: u64) -> u64 {
    // 1은 0.6초, 2는 0.4초, 3은 0.2초: 뒤의 일이 먼저 끝난다
    thread::sleep(Duration::from_millis(200 * (4 - n)));
    n * n
}

fn main() {
    // ThreadPoolExecutor(max_workers=3)에 해당하는 풀. 보통은 만들 필요 없이 전역 풀을 쓴다
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(3)
        .build()
        .unwrap();
    let items = [1, 2, 3];
    let results: Vec<u64> = pool.install(|| items.par_iter().map(|&n| work(n)).collect());
    println!("collect 결과: {results:?}");

    // 전역 풀의 스레드 수는 기본값이 available_parallelism(), 곧 쓸 수 있는 코어 수다
    let cores = thread::available_parallelism().unwrap().get();
    println!(
        "전역 풀 스레드 수 == available_parallelism(): {}",
        rayon::current_num_threads() == cores
    );
}
