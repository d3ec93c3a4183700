#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

// 이름 없이 위치만 있는 튜플 구조체: namedtuple보다 그냥 tuple에 가깝다
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair(i32, i32);

fn describe(q: Point) -> &'static str {
    match q {
        Point { x: 0, .. } => "y축 위",
        Point { x, y } if x < y => "x < y",
        _ => "그 밖",
    }
}

fn main() {
    let p = Point { x: 10, y: 35 };

    // 구조 분해: 튜플 언패킹 x, y = p 자리
    let Point { x, y } = p;
    println!("{x} {y}");
    let pair = Pair(10, 35);
    let Pair(a, b) = pair;
    println!("{} {} / {a} {b}", pair.0, pair.1);

    // _replace(y=0) 자리: 구조체 갱신 문법
    println!("{:?}", Point { y: 0, ..p });
    // _make([1, 2]) 자리: 배열 패턴으로 분해해서 만든다
    let [x, y] = [1, 2];
    println!("{:?}", Point { x, y });

    for q in [
        Point { x: 0, y: 5 },
        Point { x: 3, y: 7 },
        Point { x: 9, y: 2 },
    ] {
        println!("{q:?} {}", describe(q));
    }

    // 바꿀 수 있는지는 타입이 아니라 변수(let mut)가 정한다.
    // Point는 Copy라서 m은 p의 사본이고, p는 그대로다.
    let mut m = p;
    m.x = 99;
    println!("{m:?} {p:?}");
}
