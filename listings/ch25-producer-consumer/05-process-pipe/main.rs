use std::env;
use std::io::{self, Write};
use std::process::{self, Command, Stdio};
use std::time::Instant;

// 자식 프로세스가 하는 일: 계산하고, 결과를 stdout(부모와 이어진 파이프)에 쓴다
fn worker(base_num: u64) -> io::Result<()> {
    let mut sub_total = 0u64;
    for _ in 0..base_num {
        sub_total += 1;
    }

    // Produce: conn.send(sub_total)
    writeln!(io::stdout(), "{sub_total}")?;

    // 정보 출력은 stderr로: 부모에게서 물려받은, 터미널 쪽 출력이다
    eprintln!("Process ID: {}, Process Name: worker", process::id());
    eprintln!("Result : {sub_total}");
    Ok(())
}

fn main() -> io::Result<()> {
    let args: Vec<String> = env::args().collect();
    // 자식으로 실행되었으면 ("worker" 인자) 계산만 하고 끝난다
    match args.as_slice() {
        [_, role, base_num] if role == "worker" => {
            return worker(base_num.parse().expect("숫자"));
        }
        _ => {}
    }

    println!("Parent process ID {}", process::id());
    let start_time = Instant::now();

    // 같은 실행 파일을 "worker" 인자로 한 번 더 띄운다. stdout은 파이프로
    let child = Command::new(env::current_exe()?)
        .args(["worker", "1000000"])
        .stdout(Stdio::piped())
        .spawn()?;

    // 파이프를 끝까지 읽고 나서 자식을 기다린다: recv() + join()
    let output = child.wait_with_output()?;
    assert!(output.status.success());

    println!("--- {} seconds ---", start_time.elapsed().as_secs_f64());
    println!();

    let received: u64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("자식이 보낸 숫자");
    println!("Main-Processing : {received}");
    println!("Main-Processing Done!");
    Ok(())
}
