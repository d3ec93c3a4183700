use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Instant;

const WORK_LIST: [u64; 4] = [10_000, 100_000, 1_000_000, 1_000_000];

// 누적 합계: 제너레이터 식 sum(n for n in range(1, n + 1))은 이터레이터의 sum()
fn sum_generator(n: u64) -> u64 {
    (1..=n).sum()
}

// executor.map: 스레드 workers개가 일감을 하나씩 가져가 처리하고, 결과는 입력 순서대로 돌려준다
fn pool_map<T, R>(workers: usize, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    let next = AtomicUsize::new(0); // 다음에 가져갈 일감의 번호
    let mut done: Vec<(usize, R)> = thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, f(item)));
                    }
                    mine
                })
            })
            .collect();
        // scope가 끝나기 전에 모든 스레드를 join한다: with 블록의 끝과 같다
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    // 어느 스레드가 어느 일감을 했는지는 실행마다 다르지만, 번호로 정렬하면 입력 순서다
    done.sort_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, r)| r).collect()
}

fn main() {
    let worker = WORK_LIST.len().min(10);
    let start_tm = Instant::now();
    let result = pool_map(worker, &WORK_LIST, |&n| sum_generator(n));
    let end_tm = start_tm.elapsed().as_secs_f64();
    println!("\n Result -> {result:?} Time : {end_tm:.2}s");
}
