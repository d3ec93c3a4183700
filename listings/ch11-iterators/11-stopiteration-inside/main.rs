use std::iter;

fn main() {
    let lines = ["Do today", "", "what you could do tomorrow"];

    // first_words를 from_fn으로 곧이곧대로: 빈 줄에서 안쪽 next()가 돌려준 None이
    // 그대로 바깥 이터레이터의 None이 되어, 오류 없이 거기서 끝난다
    let mut rest = lines.iter();
    let mut naive = iter::from_fn(|| {
        let line = rest.next()?;
        line.split_whitespace().next()
    });
    let first: Vec<&str> = naive.by_ref().collect();
    println!("{first:?}");
    // from_fn은 None 뒤에도 다시 부를 수 있다: 끝난 줄 알았던 이터레이터가 다음 값을 내놓는다
    println!("{:?}", naive.next());

    // 빈 줄은 건너뛴다: None을 "버릴 항목"으로 읽는 filter_map
    let fixed: Vec<&str> = lines
        .iter()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    println!("{fixed:?}");
}
