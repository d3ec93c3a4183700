#[derive(Debug)]
struct Config {
    host: String,
    port: u16,
    debug: bool,
}

fn main() {
    let cfg = Config {
        host: "localhost".to_string(),
        port: 8080,
        debug: false,
    };
    // ..cfg는 적지 않은 필드를 cfg에서 "옮겨" 온다: host의 String이 새 값으로 간다
    let debug = Config { debug: true, ..cfg };
    println!("{debug:?}");
    println!("{cfg:?}"); // 파이썬의 replace라면 원본은 멀쩡하다
}
