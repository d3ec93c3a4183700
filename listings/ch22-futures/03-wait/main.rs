use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

const WORK_LIST: [u64; 4] = [10_000, 200_000_000, 1_000_000, 10_000_000];

// 파이썬 예제와 같은 시간표: 0초, 0.2초, 0.4초에 하나씩 끝나고 2억짜리는 0.8초
fn seconds(n: u64) -> f64 {
    match n {
        10_000 => 0.0,
        1_000_000 => 0.2,
        10_000_000 => 0.4,
        _ => 0.8,
    }
}

/// 일을 맡긴 순간(start)부터 seconds(n)초가 되는 시각까지 잔다: 일꾼이 늦게 집어 가도 끝나는 시각은 같다
fn sum_generator(n: u64, start: Instant) -> u64 {
    let finish = start + Duration::from_secs_f64(seconds(n));
    thread::sleep(finish.saturating_duration_since(Instant::now()));
    n * (n + 1) / 2
}

// ANCHOR: pool
type Job = Box<dyn FnOnce() + Send + 'static>;

/// 손으로 만든 작은 스레드 풀: 일감 큐 하나(채널)를 스레드 여러 개가 나눠 읽는다
struct ThreadPool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl ThreadPool {
    fn new(size: usize) -> Self {
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        let workers = (0..size)
            .map(|_| {
                let rx = Arc::clone(&rx);
                thread::spawn(move || {
                    loop {
                        // 락은 일감을 꺼내는 이 문장 동안만 잡힌다
                        let job = rx.lock().unwrap().recv();
                        match job {
                            Ok(job) => job(),
                            Err(_) => break, // 큐가 닫혔고 비었다: 스레드 종료
                        }
                    }
                })
            })
            .collect();
        ThreadPool {
            jobs: Some(tx),
            workers,
        }
    }

    /// executor.submit: 일을 큐에 넣고 곧바로 돌아온다
    fn submit(&self, f: impl FnOnce() + Send + 'static) {
        if let Some(jobs) = &self.jobs {
            jobs.send(Box::new(f)).expect("일꾼 스레드가 살아 있다");
        }
    }
}

/// with 블록의 끝(shutdown(wait=True)): 큐를 닫고 모든 일꾼이 끝날 때까지 기다린다
impl Drop for ThreadPool {
    fn drop(&mut self) {
        drop(self.jobs.take());
        for w in self.workers.drain(..) {
            w.join().unwrap();
        }
    }
}
// ANCHOR_END: pool

// ANCHOR: wait
/// concurrent.futures.wait: timeout까지 끝난 것(done)만 모아 온다
fn wait<T>(results: &Receiver<T>, count: usize, timeout: Duration) -> Vec<T> {
    let deadline = Instant::now() + timeout;
    let mut done = Vec::new();
    while done.len() < count {
        let left = deadline.saturating_duration_since(Instant::now());
        match results.recv_timeout(left) {
            Ok(r) => done.push(r),
            Err(_) => break, // 시간 초과: 남은 일은 계속 돌고 있다
        }
    }
    done
}

fn main() {
    let worker = WORK_LIST.len().min(10);
    let start_tm = Instant::now();
    // 끝난 일이 (n, 합)을 보내는 채널
    let (done_tx, done_rx) = mpsc::channel();
    {
        let excutor = ThreadPool::new(worker);
        for work in WORK_LIST {
            let done_tx = done_tx.clone();
            excutor.submit(move || {
                let _ = done_tx.send((work, sum_generator(work, start_tm)));
            });
            println!("Scheduled for {work}");
        }

        let mut done = wait(&done_rx, WORK_LIST.len(), Duration::from_secs_f64(0.6));
        done.sort();
        let (done_works, sums): (Vec<u64>, Vec<u64>) = done.into_iter().unzip();
        let not_done: Vec<u64> = WORK_LIST
            .into_iter()
            .filter(|w| !done_works.contains(w))
            .collect();
        println!("Completed Tasks : {done_works:?}");
        println!("Pending ones after waiting for 0.6 seconds : {not_done:?}");
        println!("{sums:?}");
    } // 여기서 excutor가 drop된다: 2억짜리가 끝날 때까지 기다린다

    let end_tm = start_tm.elapsed().as_secs_f64();
    println!("\n Time : {end_tm:.2}s");
}
// ANCHOR_END: wait
