use std::collections::BTreeMap;

fn map_func(num: i32) -> i32 {
    num * 100
}

// filter는 항목을 들여다보기만 하므로 참조(&i32)를 받는다
fn filter_func(num: &i32) -> bool {
    num * 100 >= 300
}

fn main() {
    let a = [1, 2, 3, 4, 5];

    let mapped: Vec<i32> = a.into_iter().map(map_func).collect();
    println!("{mapped:?}");
    let filtered: Vec<i32> = a.into_iter().filter(filter_func).collect();
    println!("{filtered:?}");

    // lambda 자리에는 클로저
    let mapped: Vec<i32> = a.into_iter().map(|num| num * 100).collect();
    println!("{mapped:?}");

    // 러스트의 맵은 (키, 값) 쌍을 내놓는다. 키만 원하면 keys()
    let d = BTreeMap::from([("one", 1), ("two", 2)]);
    let upper: Vec<String> = d.keys().map(|k| k.to_uppercase()).collect();
    println!("{upper:?}");
    let pairs: Vec<String> = d.iter().map(|(k, v)| format!("{k}={v}")).collect();
    println!("{pairs:?}");
}
