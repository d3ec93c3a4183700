use std::env;
use std::fmt;
use std::io::{self, BufRead, BufReader};
use std::process::{Command, Stdio};

/// 부모가 가진 dict: 키와 값을 파이썬 표기 그대로의 글자로, 넣은 순서대로 둔다
#[derive(Default)]
struct Dict(Vec<(String, String)>);

impl Dict {
    fn set(&mut self, key: &str, value: &str) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value.to_string(),
            None => self.0.push((key.to_string(), value.to_string())),
        }
    }
}

impl fmt::Display for Dict {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let items: Vec<String> = self.0.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        write!(f, "{{{}}}", items.join(", "))
    }
}

/// 자식이 보내는 요청 한 줄: Manager의 프록시가 서버 프로세스에 보내는 메시지에 해당한다
enum Request<'a> {
    Set(&'a str, &'a str),
    Reverse,
}

fn parse(line: &str) -> Option<Request<'_>> {
    let mut parts = line.split('\t');
    match parts.next()? {
        "set" => Some(Request::Set(parts.next()?, parts.next()?)),
        "reverse" => Some(Request::Reverse),
        _ => None,
    }
}

// 자식 쪽 f(d, l): 부모의 dict와 list에 손댈 수 없으니, 할 일을 한 줄씩 써 보낸다
fn f() {
    println!("set\t1\t'1'");
    println!("set\t'2'\t2");
    println!("set\t0.25\tNone");
    println!("reverse");
}

fn main() -> io::Result<()> {
    if env::args().nth(1).as_deref() == Some("child") {
        f();
        return Ok(());
    }

    // 부모가 "매니저": 데이터를 혼자 갖고, 자식의 요청을 받아 대신 고친다
    let mut d = Dict::default();
    let mut l: Vec<i32> = (0..10).collect();

    let mut p = Command::new(env::current_exe()?)
        .arg("child")
        .stdout(Stdio::piped())
        .spawn()?;
    let requests = BufReader::new(p.stdout.take().expect("stdout은 파이프"));
    for line in requests.lines() {
        match parse(&line?) {
            Some(Request::Set(key, value)) => d.set(key, value),
            Some(Request::Reverse) => l.reverse(),
            None => eprintln!("모르는 요청"),
        }
    }
    p.wait()?;

    println!("{d}");
    println!("{l:?}");
    Ok(())
}
