#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
struct Config {
    host: String,
    port: u16,
    debug: bool,
}

impl Config {
    fn new(host: &str) -> Self {
        Config {
            host: host.to_string(),
            port: 8080,
            debug: false,
        }
    }
}

fn main() {
    let p = Point { x: 10, y: 35 };
    let cfg = Config::new("localhost");

    // _replace, dataclasses.replace, copy.replace 자리: 구조체 갱신 문법 하나
    println!("{:?}", Point { y: 0, ..p }); // Point는 Copy: p는 그대로 쓸 수 있다
    let debug = Config {
        debug: true,
        ..cfg.clone() // String 필드가 있으니, 원본을 계속 쓰려면 사본에서 가져온다
    };
    println!("{debug:?}");
    println!("{cfg:?}");
    // 원본이 더 필요 없다면 clone 없이 나머지 필드를 옮겨 온다
    let moved = Config { port: 9000, ..cfg };
    println!("{moved:?}");
}
