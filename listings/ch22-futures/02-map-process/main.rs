use std::env;
use std::io;
use std::process::{Command, Stdio};
use std::time::Instant;

const WORK_LIST: [u64; 4] = [10_000, 100_000, 1_000_000, 1_000_000];

fn sum_generator(n: u64) -> u64 {
    (1..=n).sum()
}

// 자식 프로세스 쪽: 인자로 받은 n의 합을 stdout에 한 줄로 쓴다
fn child(n: &str) {
    let n: u64 = n.parse().expect("n은 자연수");
    println!("{}", sum_generator(n));
}

fn main() -> io::Result<()> {
    // 같은 실행 파일을 인자 하나와 함께 다시 띄우면 자식 역할을 한다
    if let Some(n) = env::args().nth(1) {
        child(&n);
        return Ok(());
    }

    let worker = WORK_LIST.len().min(10);
    let start_tm = Instant::now();
    let exe = env::current_exe()?;
    let mut result = Vec::new();
    // 한 번에 최대 worker개의 자식 프로세스를 띄우고, 띄운 순서대로 결과를 모은다
    for chunk in WORK_LIST.chunks(worker) {
        let children = chunk
            .iter()
            .map(|n| {
                Command::new(&exe)
                    .arg(n.to_string())
                    .stdout(Stdio::piped())
                    .spawn()
            })
            .collect::<io::Result<Vec<_>>>()?;
        for child in children {
            let out = child.wait_with_output()?;
            let text = String::from_utf8_lossy(&out.stdout);
            result.push(text.trim().parse::<u64>().expect("자식이 보낸 합"));
        }
    }
    let end_tm = start_tm.elapsed().as_secs_f64();
    println!("\n Result -> {result:?} Time : {end_tm:.2}s");
    Ok(())
}
