use std::fmt;

struct WordSplitGenerator {
    text: Vec<String>,
}

impl WordSplitGenerator {
    fn new(text: &str) -> Self {
        Self {
            text: text.split(' ').map(String::from).collect(),
        }
    }
}

// __repr__ → Debug
impl fmt::Debug for WordSplitGenerator {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "WordSplit({:?})", self.text)
    }
}

// __iter__ → &WordSplitGenerator에 대한 IntoIterator: 빌려서 돌므로 몇 번이든 다시 돌 수 있다
impl<'a> IntoIterator for &'a WordSplitGenerator {
    type Item = &'a str;
    type IntoIter = std::iter::Map<std::slice::Iter<'a, String>, fn(&String) -> &str>;

    fn into_iter(self) -> Self::IntoIter {
        self.text.iter().map(String::as_str)
    }
}

fn main() {
    let wg = WordSplitGenerator::new("Do today what you could do tomorrow");

    let mut wt = (&wg).into_iter(); // iter(wg)

    println!("{wg:?}");
    println!("{wt:?}");
    // next(wt)를 일곱 번: by_ref로 빌려 주고 take(7)로 자른다
    for word in wt.by_ref().take(7) {
        println!("{word}");
    }

    let rest: Vec<&str> = wt.collect();
    let again: Vec<&str> = (&wg).into_iter().collect();
    println!("{rest:?} {again:?}");

    // for 문은 IntoIterator를 알아서 부른다
    let mut letters = 0;
    for word in &wg {
        letters += word.len();
    }
    println!("글자 수: {letters}");
}
