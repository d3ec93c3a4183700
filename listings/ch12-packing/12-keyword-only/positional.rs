struct Options {
    timeout: u32,
    retries: u32,
}

fn connect(host: &str, port: u16, opts: Options) {
    println!("{host}:{port} {} {}", opts.timeout, opts.retries);
}

fn main() {
    connect("db", 5432, 30); // 키워드 전용 자리에 값만 넘기면
}
