/// `coroutine1`을 컴파일러가 하듯 상태 기계로 풀어 쓴 것.
/// 변형 하나가 "다음에 어디서부터 실행하는가"를 뜻한다.
#[derive(Debug)]
enum Coroutine1 {
    Created,   // 아직 한 줄도 실행하지 않았다
    Suspended, // `i = yield`에서 멈춰 있다
    Closed,    // 함수 끝에 닿았다
}

/// resume이 돌려주는 것: 멈추며 내놓은 값(Yielded) 또는 끝나며 돌려준 값(Complete).
/// nightly의 `std::ops::CoroutineState`와 같은 모양이다.
#[derive(Debug)]
enum CoroutineState<Y, R> {
    Yielded(Y),
    Complete(R),
}

impl Coroutine1 {
    /// 파이썬의 `send(value)`. `next(cr1)`은 `send(None)`이므로 `resume(None)`이다.
    fn resume(&mut self, sent: Option<i32>) -> CoroutineState<(), ()> {
        match self {
            Coroutine1::Created => {
                println!(">>> coroutine started.");
                *self = Coroutine1::Suspended;
                CoroutineState::Yielded(()) // `yield`: 값 없이 멈춘다
            }
            Coroutine1::Suspended => {
                let i = sent; // `i = yield`가 받은 값
                println!(">>> coroutine received : {i:?}");
                *self = Coroutine1::Closed;
                CoroutineState::Complete(()) // 파이썬이라면 여기서 StopIteration
            }
            Coroutine1::Closed => CoroutineState::Complete(()),
        }
    }
}

fn coroutine1() -> Coroutine1 {
    Coroutine1::Created // 만들기만 한다: 몸통은 아직 실행되지 않는다
}

fn main() {
    let mut cr1 = coroutine1();
    println!("{cr1:?} {}", std::any::type_name_of_val(&cr1));

    println!("{:?}", cr1.resume(None));
    println!("{:?}", cr1.resume(None));
    println!("{:?}", cr1.resume(None)); // 끝난 뒤에도 예외 없이 같은 값
}
