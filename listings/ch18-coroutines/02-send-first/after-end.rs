struct AwaitingZ;

impl AwaitingZ {
    fn send(self, z: i32) {
        println!(">>> coroutine received : {z}");
    }
}

fn main() {
    let cr2 = AwaitingZ;
    cr2.send(200); // 마지막 send: cr2는 여기서 소비된다
    cr2.send(300); // 끝난 코루틴을 다시 깨우려 한다
}
