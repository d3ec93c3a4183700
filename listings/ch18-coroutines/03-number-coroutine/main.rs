/// 값을 받기만 하는 코루틴은 러스트에서 여러 번 부를 수 있는 클로저(`FnMut`)다.
/// `while True:`와 `x = yield`는 "다음 호출을 기다린다"가 되고, 처음에 깨울 필요도 없다.
fn number_coroutine() -> impl FnMut(i32) {
    |x| println!("{x}")
}

fn main() {
    let mut co = number_coroutine();

    co(1); // 코루틴에 숫자 1을 보냄
    co(2); // 코루틴에 숫자 2을 보냄
    co(3); // 코루틴에 숫자 3을 보냄
}
