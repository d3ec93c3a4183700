// 아무것도 붙잡지 않는 클로저는 평범한 함수 포인터 fn(i32) -> f64 로 바뀐다
fn closure_ex1() -> fn(i32) -> f64 {
    |v| {
        let series = vec![v]; // 부를 때마다 새로 만들어진다: 원소는 늘 v 하나
        println!("inner >>> {series:?} / {}", series.len());
        series.iter().sum::<i32>() as f64 / series.len() as f64
    }
}

fn main() {
    let avg_closure1 = closure_ex1(); // 상태가 없으니 mut도 필요 없다

    println!("{:?}", avg_closure1(15));
    println!("{:?}", avg_closure1(35));
    println!("{:?}", avg_closure1(40));
}
