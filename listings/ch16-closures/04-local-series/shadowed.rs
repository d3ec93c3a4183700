#![deny(unused_variables)] // 기본은 경고(warning); 여기서는 오류로 올려 컴파일을 멈춘다

fn closure_ex1() -> impl Fn(i32) -> f64 {
    let series: Vec<i32> = Vec::new(); // 바깥 series: 아무도 쓰지 않는다

    move |v| {
        let mut series = Vec::new(); // 안쪽 series가 바깥 것을 가린다
        series.push(v);
        series.iter().sum::<i32>() as f64 / series.len() as f64
    }
}

fn main() {
    let avg_closure1 = closure_ex1();
    println!("{:?}", avg_closure1(15));
}
