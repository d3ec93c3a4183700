use std::thread;

fn main() {
    let name = String::from("First");
    // thread::spawn에 넘긴 클로저가 지역 변수 name을 빌리려 한다
    let x = thread::spawn(|| {
        println!("Sub-Thread {name}: starting");
    });
    x.join().unwrap();
}
