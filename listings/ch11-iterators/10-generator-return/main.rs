use std::str::SplitWhitespace;

/// words(text): 단어를 내놓으며 센다. 파이썬의 `return count`는 다 돈 뒤에 읽는 필드가 된다.
struct Words<'a> {
    inner: SplitWhitespace<'a>,
    count: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str) -> Self {
        Words {
            inner: text.split_whitespace(),
            count: 0,
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let word = self.inner.next()?;
        self.count += 1;
        Some(word)
    }
}

fn main() {
    // throw()로 멈추게 하는 대신: 더 부르지 않으면 그만이다. 센 값은 언제든 읽을 수 있다
    let mut g = Words::new("Do today what you could do tomorrow");
    println!("{:?} {:?}", g.next(), g.next());
    println!("단어 {}개", g.count);

    // 끝은 None일 뿐, 값을 싣지 않는다
    let mut w = Words::new("Do today");
    println!("{:?} {:?} {:?}", w.next(), w.next(), w.next());
    println!("count: {}", w.count);

    // numbered: by_ref로 다 돈 뒤에 같은 이터레이터에서 개수를 읽는다
    let mut words = Words::new("a b c");
    let mut all: Vec<String> = words.by_ref().map(String::from).collect();
    all.push(format!("단어 {}개", words.count));
    println!("{all:?}");
}
