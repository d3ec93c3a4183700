use std::fmt;
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

// ANCHOR: as_completed
/// as_completed가 timeout을 넘겼을 때 내는 에러
#[derive(Debug)]
struct Timeout {
    unfinished: usize,
    total: usize,
}

impl fmt::Display for Timeout {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{} (of {}) futures unfinished",
            self.unfinished, self.total
        )
    }
}

/// concurrent.futures.as_completed: 끝나는 대로 하나씩 내주는 이터레이터
struct AsCompleted<'a, T> {
    results: &'a Receiver<T>,
    deadline: Instant,
    left: usize,
    total: usize,
}

fn as_completed<T>(results: &Receiver<T>, total: usize, timeout: Duration) -> AsCompleted<'_, T> {
    AsCompleted {
        results,
        deadline: Instant::now() + timeout,
        left: total,
        total,
    }
}

impl<T> Iterator for AsCompleted<'_, T> {
    type Item = Result<T, Timeout>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        let wait = self.deadline.saturating_duration_since(Instant::now());
        match self.results.recv_timeout(wait) {
            Ok(r) => {
                self.left -= 1;
                Some(Ok(r))
            }
            Err(_) => {
                let e = Timeout {
                    unfinished: self.left,
                    total: self.total,
                };
                self.left = 0; // 에러를 한 번 내고 끝낸다
                Some(Err(e))
            }
        }
    }
}

fn main() {
    let worker = WORK_LIST.len().min(10);
    let start_tm = Instant::now();
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

        let timeout = Duration::from_secs_f64(0.6);
        for item in as_completed(&done_rx, WORK_LIST.len(), timeout) {
            match item {
                Ok((work, result)) => println!("Future Result : {result} (n = {work})"),
                Err(e) => println!("TimeoutError : {e}"),
            }
        }
    } // excutor의 drop: 2억짜리가 끝날 때까지 기다린다

    // 시간 초과는 일을 멈추지 않았다: 2억짜리의 결과가 채널에 와 있다
    if let Ok((work, result)) = done_rx.try_recv() {
        println!("with 뒤 {work} : {result}");
    }

    let end_tm = start_tm.elapsed().as_secs_f64();
    println!("\n Time : {end_tm:.2}s");
}
// ANCHOR_END: as_completed
