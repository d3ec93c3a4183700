use std::thread;

// 파이썬의 f(n, a)와 같은 일: 빌려 받은 값을 제자리에서 고친다
// (3.1415927은 파이썬 문서의 예제 값 그대로다. clippy는 PI를 쓰라고 권하지만 같은 값을 찍으려고 둔다)
#[allow(clippy::approx_constant)]
fn f(n: &mut f64, a: &mut [i32]) {
    *n = 3.1415927;
    for x in a.iter_mut() {
        *x = -*x;
    }
}

fn main() {
    let mut num = 0.0;
    let mut arr: Vec<i32> = (0..10).collect();

    // 스레드 하나에 두 값을 &mut로 빌려준다. scope가 끝날 때까지 main은 num과 arr에
    // 손댈 수 없고(빌려준 중이니까), scope가 끝나면 스레드는 이미 join되어 있다.
    thread::scope(|s| {
        s.spawn(|| f(&mut num, &mut arr));
    });

    println!("{num}");
    println!("{arr:?}");
}
