/// 키가 정해진 딕셔너리는 러스트에서 열거형의 변형과 필드가 된다
enum Event {
    Click { x: i32, y: i32 },
    Key { key: char, shift: bool },
}

fn describe(event: &Event) {
    match event {
        Event::Click { x, y } => println!("클릭: x={x}, y={y}"),
        Event::Key { key, shift: true } => println!("키: Shift+{key}"),
        Event::Key { key, .. } => println!("키: {key}"), // ..: 나머지 필드는 묶지 않고 버린다
    }
}

fn main() {
    describe(&Event::Click { x: 10, y: 20 });
    describe(&Event::Key {
        key: 'q',
        shift: false,
    });

    // 시퀀스 패턴의 *rest는 슬라이스 패턴의 rest @ ..: 리스트가 아니라 빌린 슬라이스
    if let [first, rest @ ..] = [1, 2, 3].as_slice() {
        println!("첫 값: {first} 나머지: {rest:?}");
    }
}
