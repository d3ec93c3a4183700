struct Config {
    host: String,
    port: u16,
    timeout: u32,
}

fn main() {
    let defaults = Config {
        host: "localhost".to_string(),
        port: 5432,
        timeout: 10,
    };
    // {**defaults, **overrides}: 구조체 갱신 문법. 적은 필드만 바꾸고 나머지는 defaults에서
    let merged = Config {
        port: 6543,
        ..defaults
    };
    println!(
        "host={} port={} timeout={}",
        merged.host, merged.port, merged.timeout
    );

    // zip(*matrix): 러스트에는 펼쳐 넘기기가 없으니 열 번호를 돌며 각 행에서 하나씩 꺼낸다
    let matrix = [[1, 2, 3], [4, 5, 6]];
    let columns: Vec<Vec<i32>> = (0..matrix[0].len())
        .map(|j| matrix.iter().map(|row| row[j]).collect())
        .collect();
    println!("{columns:?}");
}
