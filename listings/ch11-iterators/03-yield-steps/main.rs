/// 파이썬 제너레이터가 속으로 하는 일을 손으로 쓴 것: 어디까지 실행했는지 기억하는 상태 기계
enum TestGenerator {
    Start,
    After1,
    After2,
    After3,
    Done,
}

impl Iterator for TestGenerator {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        match self {
            TestGenerator::Start => {
                println!("yield 1 전");
                *self = TestGenerator::After1;
                Some(1)
            }
            TestGenerator::After1 => {
                println!("yield 1과 2사이");
                *self = TestGenerator::After2;
                Some(2)
            }
            TestGenerator::After2 => {
                println!("yield 2와 3사이");
                *self = TestGenerator::After3;
                Some(3)
            }
            TestGenerator::After3 => {
                println!("yield 3 후");
                *self = TestGenerator::Done;
                None
            }
            TestGenerator::Done => None,
        }
    }
}

fn test_generator() -> TestGenerator {
    TestGenerator::Start
}

fn main() {
    let mut g = test_generator();
    println!("-> {:?}", g.next());
    println!("-> {:?}", g.next());
    println!("-> {:?}", g.next());
    println!("-> {:?}", g.next());
    println!("-> {:?}", g.next()); // Done: 아무것도 출력하지 않고 None
}
