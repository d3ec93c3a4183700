struct Playlist {
    songs: Vec<String>,
}

fn main() {
    let p = Playlist {
        songs: vec!["아리랑".to_string()],
    };
    // 파이썬이라면 __call__을 정의한 인스턴스는 p(0)으로 부를 수 있다
    println!("{}", p(0));
}
