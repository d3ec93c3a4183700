use std::env;
use std::io::{self, Read, Write};
use std::process::{self, Command, Stdio};

// 자식 프로세스 쪽: stdin으로 받은 값에 50을 더하고, 결과를 stdout에 쓴다
fn generate_update_number(name: &str) -> io::Result<()> {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input)?;
    let mut v: i64 = input.trim().parse().expect("정수");
    for _ in 0..50 {
        v += 1;
    }
    println!("{name} data {v}");
    Ok(())
}

fn main() -> io::Result<()> {
    // 같은 실행 파일을 `child 이름` 인자로 다시 띄우면 자식 역할을 한다
    let args: Vec<String> = env::args().collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    if let [_, "child", name] = args.as_slice() {
        return generate_update_number(name);
    }

    println!("Parent process ID {}", process::id());

    let share_value: i64 = 0;
    let exe = env::current_exe()?;
    let mut processes = Vec::new();
    for i in 1..10 {
        let mut child = Command::new(&exe)
            .args(["child", &format!("Process-{i}")])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        // 자식에게 건넬 수 있는 것은 바이트뿐이다: 값을 글자로 써 보내고 stdin을 닫는다
        let mut stdin = child.stdin.take().expect("stdin은 파이프");
        writeln!(stdin, "{share_value}")?;
        drop(stdin);
        processes.push(child);
    }

    // 자식의 stdout을 띄운 순서대로 모아서 부모가 찍는다: 순서가 언제나 같다
    for child in processes {
        let out = child.wait_with_output()?;
        print!("{}", String::from_utf8_lossy(&out.stdout));
    }

    println!("Final Data in parent process {share_value}");
    Ok(())
}
