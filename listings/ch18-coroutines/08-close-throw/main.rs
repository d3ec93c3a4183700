/// 코루틴에 보낼 수 있는 것: 값, 또는 파이썬의 throw()로 던지던 오류
enum Input {
    Value(i32),
    Error(String),
}

struct Worker;

impl Worker {
    fn start() -> Worker {
        println!("  시작");
        Worker
    }

    /// send()와 throw()가 한 메서드다: 오류도 받을 수 있는 값의 하나일 뿐이다
    fn resume(&mut self, input: Input) {
        match input {
            Input::Value(x) => println!("  받음: {x}"),
            Input::Error(e) => println!("  오류로 받은 값: {e:?}"),
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        println!("  drop: 뒷정리"); // 파이썬의 finally 자리
    }
}

fn main() {
    let mut co = Worker::start();
    co.resume(Input::Value(1));
    co.resume(Input::Error("잘못된 값".to_string()));
    co.resume(Input::Value(2));
    drop(co); // close(): 이제 co는 쓸 수 없다
    println!("drop 뒤: co는 더 이상 없다");
}
