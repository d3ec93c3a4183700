// 필드의 타입은 선언의 일부이고 컴파일러가 검사한다.
// 기본값은 Default로: derive하면 숫자 필드는 0이다
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Default)]
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

fn main() {
    // Point(10) 자리: 적지 않은 필드는 기본값에서 가져온다
    let p = Point {
        x: 10,
        ..Default::default()
    };
    println!("{p:?} {:?}", Point { x: 10, y: 35 });
    let q = Point3 {
        x: 1,
        ..Default::default()
    };
    println!("{q:?} {}", q.x + q.y + q.z);
    // 0이 아닌 기본값이 필요한 필드가 있으면 Default를 손으로 구현한다(6장)
    println!("{}", p == Point { x: 10, y: 0 });
}
