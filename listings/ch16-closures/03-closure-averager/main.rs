// 상태(series)를 품은 클로저를 돌려준다. 부를 때마다 상태를 바꾸므로 FnMut
fn closure_ex1() -> impl FnMut(i32) -> f64 {
    // 자유 변수: move로 클로저 안으로 옮겨져 클로저와 수명을 같이한다
    let mut series = Vec::new();

    move |v| {
        series.push(v);
        println!("inner >>> {series:?} / {}", series.len());
        series.iter().sum::<i32>() as f64 / series.len() as f64
    }
}

fn main() {
    let mut avg_closure1 = closure_ex1();

    println!("{:?}", avg_closure1(15));
    println!("{:?}", avg_closure1(35));
    println!("{:?}", avg_closure1(40));

    // 클로저는 붙잡은 변수를 필드로 가진 익명 구조체다: 크기 = Vec<i32> 하나
    println!("{} 바이트", std::mem::size_of_val(&avg_closure1));
}
