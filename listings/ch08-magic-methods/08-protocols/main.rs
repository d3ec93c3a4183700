struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn new(songs: &[&str]) -> Self {
        Playlist {
            songs: songs.iter().map(|s| s.to_string()).collect(),
        }
    }

    // __len__, __contains__ 자리: 트레이트가 아니라 이름이 관례로 정해진 평범한 메서드
    fn len(&self) -> usize {
        self.songs.len()
    }

    fn is_empty(&self) -> bool {
        self.songs.is_empty()
    }

    fn contains(&self, song: &str) -> bool {
        self.songs.iter().any(|s| s == song)
    }

    // __call__ 자리: 이름 있는 메서드
    fn play(&self, index: usize) -> String {
        format!("재생: {}", self.songs[index])
    }
}

// __iter__ 자리: for가 쓰는 트레이트는 IntoIterator. &Playlist에 구현하면 빌려서 돈다
impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

fn main() {
    let p = Playlist::new(&["아리랑", "도라지"]);
    println!(
        "{} {} {}",
        p.len(),
        p.contains("아리랑"),
        p.contains("강강술래")
    );
    for song in &p {
        println!("{song}");
    }
    println!("{}", p.play(1));
    // 값처럼 부르고 싶다면 클로저가 그 일을 한다: Fn 트레이트는 클로저가 저절로 구현한다
    let play = |index| p.play(index);
    println!("{}", play(0));
    println!("{} {}", !p.is_empty(), !Playlist::new(&[]).is_empty());
}
