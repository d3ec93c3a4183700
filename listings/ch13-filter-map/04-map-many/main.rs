fn main() {
    let xs = [1, 2, 3];
    let ys = [10, 20, 30, 40];

    // map(add, xs, ys): zip으로 짝을 지은 뒤 map. zip도 짧은 쪽에서 멈춘다
    let sums: Vec<i32> = xs.iter().zip(&ys).map(|(x, y)| x + y).collect();
    println!("{sums:?}");
    let powers: Vec<u32> = [2u32, 3, 4]
        .into_iter()
        .zip([5, 2])
        .map(|(b, e)| b.pow(e))
        .collect();
    println!("{powers:?}");

    // filter(None, …)에 해당하는 "참/거짓"은 없다. 무엇을 버릴지 타입마다 적는다
    let numbers = [0, 1, 2, 0, 3];
    let nonzero: Vec<i32> = numbers.iter().filter(|&&n| n != 0).copied().collect();
    println!("{nonzero:?}");
    let words = ["", "a", "", "bc"];
    let nonempty: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
    println!("{nonempty:?}");
    // None을 버리는 것은 flatten: Option은 값이 0개나 1개인 이터레이터다
    let maybe = [Some(1), None, Some(3)];
    let present: Vec<i32> = maybe.into_iter().flatten().collect();
    println!("{present:?}");
}
