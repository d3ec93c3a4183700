use std::fmt::Debug;
use std::thread;
use std::time::{Duration, Instant};

// 인자 하나(A)를 받아 R을 돌려주는 어떤 함수든 감싼다. 인자와 결과를 찍으려면 Debug가 필요하다.
fn perf_clock<F, A, R>(name: &'static str, func: F) -> impl Fn(A) -> R
where
    F: Fn(A) -> R,
    A: Debug,
    R: Debug,
{
    move |args| {
        let arg_str = format!("{args:?}"); // 인자는 func에 넘어가며 move되므로 미리 찍어 둔다
        let start_time = Instant::now(); // 단조 시계: time.perf_counter()
        let result = func(args);
        let elapsed = start_time.elapsed().as_secs_f64();
        println!("[{elapsed:.5}] {name}({arg_str}) -> {result:?}");
        result
    }
}

fn time_func(seconds: f64) {
    thread::sleep(Duration::from_secs_f64(seconds));
}

// *numbers → 슬라이스 하나
fn sum_func(numbers: &[i32]) -> i32 {
    numbers.iter().sum()
}

fn main() {
    {
        // @perf_clock 자리: 블록 안에서만 감싼 함수로 가린다
        let time_func = perf_clock("time_func", time_func);
        let sum_func = perf_clock("sum_func", sum_func);
        time_func(0.2);
        sum_func(&[100, 150, 250, 300, 350]);
    }

    println!("{}", "*".repeat(10));

    // 블록을 나왔으니 time_func, sum_func는 다시 원래 함수다
    let none_deco1 = perf_clock("time_func", time_func);
    none_deco1(0.2);

    let none_deco2 = perf_clock("sum_func", sum_func);
    none_deco2(&[100, 150, 250, 300, 350]);
}
