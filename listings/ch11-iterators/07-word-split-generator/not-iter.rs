struct WordSplitGenerator {
    text: Vec<String>,
}

impl<'a> IntoIterator for &'a WordSplitGenerator {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.text.iter()
    }
}

fn main() {
    let wg = WordSplitGenerator {
        text: vec!["Do".to_string(), "today".to_string()],
    };
    println!("{:?}", wg.next()); // next(wg)
}
