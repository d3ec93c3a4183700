/// 키워드 전용 인자와 기본값: 이름이 붙은 필드의 구조체, 기본값은 Default
struct Options {
    timeout: u32,
    retries: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            timeout: 10,
            retries: 3,
        }
    }
}

// 러스트의 인자는 모두 위치 인자다: host, port는 처음부터 "위치 전용"
fn connect(host: &str, port: u16, opts: Options) {
    println!(
        "{host}:{port} timeout={} retries={}",
        opts.timeout, opts.retries
    );
}

fn main() {
    connect("db", 5432, Options::default());
    connect(
        "db",
        5432,
        Options {
            timeout: 30,
            retries: 5,
        },
    );
    connect(
        "db",
        5432,
        Options {
            timeout: 1,
            ..Default::default()
        },
    );
}
