use std::rc::Rc;
use std::sync::Arc;
use std::thread;

fn main() {
    // 한 스레드 안에서만 쓰는 값: 참조 카운트가 평범한 정수다 (free-threaded CPython의 "주인 스레드" 쪽)
    let local = Rc::new(String::from("한 스레드"));
    let again = Rc::clone(&local);
    println!("Rc::strong_count: {}", Rc::strong_count(&local));
    drop(again);
    println!("drop 뒤 Rc::strong_count: {}", Rc::strong_count(&local));

    // 스레드 사이로 나가는 값: 참조 카운트를 원자적 연산으로 고친다 (다른 스레드 쪽)
    let shared = Arc::new(String::from("여러 스레드"));
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let shared = Arc::clone(&shared);
            thread::spawn(move || shared.len())
        })
        .collect();
    let lens: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("스레드 넷이 읽은 길이: {lens:?}");
    // 스레드가 모두 끝나며 복제본을 버렸다: 남은 것은 main의 하나
    println!("join 뒤 Arc::strong_count: {}", Arc::strong_count(&shared));
}
