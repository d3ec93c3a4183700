use std::collections::HashSet;
use std::env;
use std::io::{self, Write};
use std::os::unix::process::CommandExt; // arg0
use std::process::{self, Child, Command, Stdio};
use std::thread;
use std::time::Duration;

// 자식 역할: 노트의 square
fn square(n: u64) {
    // 노트의 randint(1, 3)초 대신 n으로 정한 0.1~0.3초
    thread::sleep(Duration::from_millis(100 * (1 + n % 3)));
    // 부모가 arg0으로 붙여 준 이름 (파이썬의 current_process().name)
    let process_name = env::args().next().unwrap_or_default();
    let result = n * n;
    println!("Process Name: {process_name}");
    println!("Result of {n} square : {result}");
}

// 부모 역할
fn parent() -> io::Result<()> {
    let exe = env::current_exe()?;

    // 프로세스 생성 및 실행: 9개를 한꺼번에 띄운다
    let processes = (1..=9)
        .map(|i| {
            Command::new(&exe)
                .arg0(i.to_string()) // 자식이 보는 자기 이름 (argv[0])
                .args(["square", &i.to_string()])
                .stdout(Stdio::piped()) // 출력은 부모가 모아서 찍는다
                .spawn()
        })
        .collect::<io::Result<Vec<Child>>>()?;

    let pids: HashSet<u32> = processes.iter().map(Child::id).collect();

    // 띄운 순서대로 기다리며 각 자식의 출력을 통째로 옮겨 찍는다
    for process in processes {
        let output = process.wait_with_output()?;
        io::stdout().write_all(&output.stdout)?;
    }

    println!(
        "서로 다른 자식 PID {}개, 부모 PID와 겹침: {}",
        pids.len(),
        pids.contains(&process::id())
    );
    println!("Main-Processing Done!");
    Ok(())
}

fn main() -> io::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [role, n] if role == "square" => {
            square(n.parse().expect("n은 정수"));
            Ok(())
        }
        _ => parent(),
    }
}
