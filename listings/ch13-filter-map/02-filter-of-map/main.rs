fn map_func(num: i32) -> i32 {
    num * 100
}

fn filter_func(num: &i32) -> bool {
    *num >= 300
}

fn main() {
    let a = [1, 2, 3, 4, 5];

    // 안쪽부터 읽는 filter(f, map(g, a)) 대신, 왼쪽에서 오른쪽으로 흐르는 사슬
    let result: Vec<i32> = a.into_iter().map(map_func).filter(filter_func).collect();
    println!("{result:?}");

    // 변환과 거르기를 한 번에: filter_map은 Some만 남긴다
    let result: Vec<i32> = a
        .into_iter()
        .filter_map(|num| {
            let x = num * 100;
            (x >= 300).then_some(x)
        })
        .collect();
    println!("{result:?}");
}
