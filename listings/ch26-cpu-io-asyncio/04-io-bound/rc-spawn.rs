use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let name = Rc::new(String::from("A")); // Rc: 스레드 사이에 보낼 수 없는 참조 카운트
    let task = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(200)).await;
        println!("{name}: 다운로드 끝");
    });
    task.await.unwrap();
}
