use std::collections::HashMap;

// namedtuple 선언 방법이 넷이라면, 러스트의 방법은 하나: 구조체.
// derive로 __repr__(Debug), __eq__(PartialEq), 복사(Clone, Copy)를 공짜로 얻는다.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    // 위치 인자로 만드는 생성자 Point2(20, 40) 자리
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
}

// Point3(*temp) 자리: 길이가 2인 배열에서 만든다. 길이는 타입에 들어 있다.
impl From<[i32; 2]> for Point {
    fn from([x, y]: [i32; 2]) -> Self {
        Point { x, y }
    }
}

fn main() {
    let temp_dict = HashMap::from([("x", 75), ("y", 55)]);
    let temp = [52, 38];

    let p1 = Point { x: 10, y: 35 };
    let p2 = Point::new(20, 40);
    // Point3(45, y=20)처럼 섞어 쓰는 문법은 없다: 이름으로 쓰거나 위치로 쓰거나
    let p3 = Point { x: 45, y: 20 };
    // Point3(**temp_dict) 자리: 딕셔너리의 키는 실행 중에야 알 수 있으니 직접 꺼낸다.
    // 키가 없으면 인덱싱이 패닉하므로, 실제 코드라면 get()으로 Option을 다룬다.
    let p5 = Point {
        x: temp_dict["x"],
        y: temp_dict["y"],
    };
    let p6 = Point::from(temp);

    println!("{p1:?} {p2:?} {p3:?} {p5:?} {p6:?}");
    println!("{} {}", p1.x, p1.y);
}
