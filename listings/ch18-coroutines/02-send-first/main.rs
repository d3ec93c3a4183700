/// 타입 상태(typestate): 멈춘 자리마다 타입을 따로 두고,
/// 그 자리에서 할 수 있는 일만 메서드로 만든다.
struct Coroutine2 {
    x: i32, // 만들어지기만 했다: 아직 실행 전
}
struct AwaitingY; // 첫 번째 `yield`에서 멈춤: y를 기다린다
struct AwaitingZ; // 두 번째 `yield`에서 멈춤: z를 기다린다

fn coroutine2(x: i32) -> Coroutine2 {
    Coroutine2 { x }
}

impl Coroutine2 {
    /// `next(cr2)`: 첫 `yield`까지 실행한다. 처음 상태에는 `send`가 아예 없다.
    fn start(self) -> AwaitingY {
        println!(">>> coroutine started : {}", self.x);
        AwaitingY
    }
}

impl AwaitingY {
    fn send(self, y: i32) -> AwaitingZ {
        println!(">>> coroutine received : {y}");
        AwaitingZ
    }
}

impl AwaitingZ {
    /// 마지막 `send`: 함수가 끝나므로 다음 상태를 돌려주지 않는다
    fn send(self, z: i32) {
        println!(">>> coroutine received : {z}");
    }
}

fn main() {
    let cr2 = coroutine2(10);
    let cr2 = cr2.start();
    let cr2 = cr2.send(100);
    cr2.send(200); // cr2는 여기서 소비된다: 끝난 코루틴을 다시 부를 길이 없다
}
