use std::fmt;

/// `inspect.getgeneratorstate`가 돌려주는 네 가지 상태
#[derive(Debug, Clone, Copy, PartialEq)]
enum GenState {
    Created,
    Running,
    Suspended,
    Closed,
}

impl fmt::Display for GenState {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            GenState::Created => "GEN_CREATED",
            GenState::Running => "GEN_RUNNING",
            GenState::Suspended => "GEN_SUSPENDED",
            GenState::Closed => "GEN_CLOSED",
        })
    }
}

/// `number_coroutine`을 파이썬 제너레이터처럼 실행 중에 검사하는 상태 기계
struct NumberCoroutine {
    state: GenState,
}

impl NumberCoroutine {
    fn new() -> Self {
        NumberCoroutine {
            state: GenState::Created,
        }
    }

    fn state(&self) -> GenState {
        self.state
    }

    /// `send(value)`: 멈춘 자리에서 이어 다음 `yield`까지 실행한다. `next()`는 `resume(None)`.
    fn resume(&mut self, sent: Option<i32>) -> Result<(), &'static str> {
        match (self.state, sent) {
            (GenState::Created, None) => {
                self.state = GenState::Suspended; // 첫 `x = yield`까지 왔다
                Ok(())
            }
            (GenState::Created, Some(_)) => {
                Err("can't send non-None value to a just-started generator")
            }
            (GenState::Suspended, sent) => {
                self.state = GenState::Running;
                let x = sent; // `x = yield`가 받은 값
                match x {
                    Some(x) => println!("{x}"),
                    None => println!("None"),
                }
                println!("{}", self.state()); // 실행 중에는 GEN_RUNNING
                self.state = GenState::Suspended; // 루프를 돌아 다시 `x = yield`
                Ok(())
            }
            // `resume`은 `&mut self`를 받으므로 실행 중에 또 불릴 수 없다
            (GenState::Running, _) => unreachable!("&mut self는 하나뿐이다"),
            (GenState::Closed, _) => Err("StopIteration"),
        }
    }

    /// `close()`: 더는 실행하지 않는다
    fn close(&mut self) {
        self.state = GenState::Closed;
    }
}

fn main() -> Result<(), &'static str> {
    let mut co = NumberCoroutine::new();
    println!("{}", co.state()); // GEN_CREATED
    co.resume(None)?; // 코루틴 안의 yield까지 코드 실행(최초 실행)
    println!("{}", co.state()); // GEN_SUSPENDED
    for x in 1..=3 {
        co.resume(Some(x))?; // 코루틴에 숫자 x를 보냄
        println!("{}", co.state()); // GEN_SUSPENDED
    }
    co.close();
    println!("{}", co.state()); // GEN_CLOSED

    // 파이썬이 실행 중에 던지는 두 가지 오류는 여기서 Err 값이다
    println!("{:?}", co.resume(Some(4)));
    println!("{:?}", NumberCoroutine::new().resume(Some(1)));
    Ok(())
}
