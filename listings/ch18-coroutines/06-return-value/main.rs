/// resume의 결과: 멈추며 내놓은 값 또는 끝나며 돌려준 값(파이썬의 StopIteration.value)
#[derive(Debug)]
enum CoroutineState<Y, R> {
    Yielded(Y),
    Complete(R),
}

/// `averager`의 상태 기계. 멈춘 자리의 변형이 그때 살아 있는 지역 변수를 품는다.
enum Averager {
    Created,
    Suspended { total: f64, count: u32 }, // `x = yield`에서 멈춤
    Done,
}

impl Averager {
    fn resume(&mut self, sent: Option<f64>) -> CoroutineState<(), f64> {
        match self {
            Averager::Created => {
                *self = Averager::Suspended {
                    total: 0.0,
                    count: 0,
                };
                CoroutineState::Yielded(())
            }
            Averager::Suspended { total, count } => match sent {
                Some(x) => {
                    *total += x;
                    *count += 1;
                    CoroutineState::Yielded(())
                }
                None => {
                    // None을 받으면 끝낸다: return total / count
                    let average = *total / f64::from(*count);
                    *self = Averager::Done;
                    CoroutineState::Complete(average)
                }
            },
            // 컴파일러가 만드는 코루틴도 끝난 뒤에 깨우면 이렇게 패닉한다
            Averager::Done => panic!("averager resumed after completion"),
        }
    }
}

/// `result = yield from averager()`: 안쪽 코루틴을 품고 resume을 그대로 넘긴다
enum Grouper {
    Delegating(Averager),
    YieldedResult,
    Done,
}

impl Grouper {
    fn resume(&mut self, sent: Option<f64>) -> CoroutineState<Option<f64>, ()> {
        match self {
            Grouper::Delegating(inner) => match inner.resume(sent) {
                CoroutineState::Yielded(()) => CoroutineState::Yielded(None),
                CoroutineState::Complete(result) => {
                    println!("평균: {result:?}");
                    *self = Grouper::YieldedResult;
                    CoroutineState::Yielded(Some(result)) // yield result
                }
            },
            Grouper::YieldedResult => {
                *self = Grouper::Done;
                CoroutineState::Complete(())
            }
            Grouper::Done => panic!("grouper resumed after completion"),
        }
    }
}

fn main() {
    let mut co = Averager::Created;
    co.resume(None);
    co.resume(Some(10.0));
    co.resume(Some(20.0));
    co.resume(Some(30.0));
    println!("{:?}", co.resume(None));

    let mut g = Grouper::Delegating(Averager::Created);
    g.resume(None);
    g.resume(Some(1.0));
    g.resume(Some(2.0));
    println!("grouper가 내놓은 값: {:?}", g.resume(None));
}
