use std::thread;

fn f(n: &mut f64, a: &mut [i32]) {
    *n = 3.1415927;
    for x in a.iter_mut() {
        *x = -*x;
    }
}

fn main() {
    let mut num = 0.0;
    let mut arr: Vec<i32> = (0..10).collect();

    thread::scope(|s| {
        s.spawn(|| f(&mut num, &mut arr));
        // 다른 스레드도 같은 num을 동시에 고치려 한다: 락 없는 Value를 둘이 나눠 쓰는 셈
        s.spawn(|| num = 1.0);
    });

    println!("{num} {arr:?}");
}
