struct Coroutine2 {
    x: i32,
}
struct AwaitingY;

fn coroutine2(x: i32) -> Coroutine2 {
    Coroutine2 { x }
}

impl Coroutine2 {
    fn start(self) -> AwaitingY {
        println!(">>> coroutine started : {}", self.x);
        AwaitingY
    }
}

impl AwaitingY {
    fn send(self, y: i32) {
        println!(">>> coroutine received : {y}");
    }
}

fn main() {
    let cr2 = coroutine2(10);
    cr2.send(100); // 시작하기 전의 코루틴에는 send가 없다
}
