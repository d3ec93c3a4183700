use std::fmt;

struct WordSplitIter {
    idx: usize,
    text: Vec<String>,
}

impl WordSplitIter {
    fn new(text: &str) -> Self {
        Self {
            idx: 0,
            text: text.split(' ').map(String::from).collect(),
        }
    }
}

impl fmt::Debug for WordSplitIter {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "WordSplit({:?})", self.text)
    }
}

// __next__ → Iterator::next. 끝은 예외가 아니라 None
impl Iterator for WordSplitIter {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        let word = self.text.get(self.idx)?.clone();
        self.idx += 1;
        Some(word)
    }
}

fn main() {
    let mut wi = WordSplitIter::new("Do today what you could do tomorrow");

    println!("{wi:?}");
    for word in wi.by_ref().take(7) {
        println!("{word}");
    }

    // 여덟 번째 next
    println!("{:?}", wi.next());

    // Iterator를 구현하면 IntoIterator는 저절로 따라온다: for 문에 바로 넣을 수 있다
    for word in WordSplitIter::new("Do today") {
        println!("{word}");
    }

    // 어댑터도 모두 공짜로 붙는다
    let long: Vec<String> = WordSplitIter::new("Do today what you could do tomorrow")
        .filter(|w| w.len() > 4)
        .map(|w| w.to_uppercase())
        .collect();
    println!("{long:?}");
}
