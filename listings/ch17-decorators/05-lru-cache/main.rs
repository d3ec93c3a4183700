use std::collections::HashMap;
use std::hash::Hash;

// fib: 자기 자신을 부르는 클로저는 쓸 수 없으니, 캐시를 &mut로 받는 평범한 함수
fn fib(n: u64, cache: &mut HashMap<u64, u64>, calls: &mut u32) -> u64 {
    if let Some(&v) = cache.get(&n) {
        return v;
    }
    *calls += 1;
    let v = if n < 2 {
        n
    } else {
        fib(n - 1, cache, calls) + fib(n - 2, cache, calls)
    };
    cache.insert(n, v);
    v
}

// memoize(func): HashMap을 붙잡은 클로저. 부를 때마다 캐시가 바뀌니 FnMut
fn memoize<A, R>(func: impl Fn(A) -> R) -> impl FnMut(A) -> R
where
    A: Eq + Hash + Clone,
    R: Clone,
{
    let mut cache = HashMap::new();
    move |arg: A| {
        cache
            .entry(arg.clone())
            .or_insert_with(|| func(arg))
            .clone()
    }
}

fn slow_square(n: i64) -> i64 {
    println!("계산: {n}");
    n * n
}

fn main() {
    let mut cache = HashMap::new();
    let mut calls = 0;
    let result = fib(30, &mut cache, &mut calls);
    println!("{result} 계산 {calls} 번");

    let mut slow_square = memoize(slow_square);
    let (a, b, c) = (slow_square(4), slow_square(4), slow_square(5));
    println!("{a} {b} {c}");
}
