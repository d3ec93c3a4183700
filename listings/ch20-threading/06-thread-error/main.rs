use std::any::Any;
use std::thread;

fn compute(_name: &str) -> i32 {
    6 * 7 // 이 값은 join()이 돌려준다
}

fn broken(name: &str) -> i32 {
    panic!("{name}: 잘못된 값");
}

/// panic의 payload(Box<dyn Any>)에서 메시지를 꺼낸다
fn message(payload: &(dyn Any + Send)) -> &str {
    if let Some(s) = payload.downcast_ref::<String>() {
        s
    } else if let Some(s) = payload.downcast_ref::<&str>() {
        s
    } else {
        "(알 수 없는 panic)"
    }
}

fn main() {
    let x = thread::Builder::new().name("First".to_string());
    let y = thread::Builder::new().name("Second".to_string());

    let x = x.spawn(|| compute("First")).unwrap();
    println!("x.join() -> {:?}", x.join());

    let y = y.spawn(|| broken("Second")).unwrap();
    let result = y.join();
    match &result {
        Ok(v) => println!("y.join() -> Ok({v})"),
        Err(payload) => println!("y.join() -> Err(\"{}\")", message(payload.as_ref())),
    }

    // 이름 없이 spawn한 스레드
    let z = thread::spawn(|| broken("Third"));
    let name = format!("{:?}", z.thread().name());
    if let Err(payload) = z.join() {
        println!("z.join() -> Err(\"{}\")", message(payload.as_ref()));
    }
    println!("z의 이름: {name}");
    println!("메인 스레드는 계속 간다");
}
