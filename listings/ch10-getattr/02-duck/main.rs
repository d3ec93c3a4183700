// "꽥 할 수 있다"는 능력을 이름 대신 트레이트로 적는다.
trait Quack {
    fn quack(&self) -> &'static str;
}

// 목록에 함께 담을 것들의 공통 트레이트
trait Thing {
    fn name(&self) -> &'static str;

    // hasattr(thing, "quack") 자리: 꽥 할 수 있으면 Some, 아니면 None.
    // 기본 구현은 None이고, 할 수 있는 타입만 덮어쓴다.
    fn as_quack(&self) -> Option<&dyn Quack> {
        None
    }
}

struct Duck;
struct Robot;
struct Cat;

impl Quack for Duck {
    fn quack(&self) -> &'static str {
        "꽥꽥"
    }
}

impl Quack for Robot {
    fn quack(&self) -> &'static str {
        "삐- 꽥"
    }
}

impl Thing for Duck {
    fn name(&self) -> &'static str {
        "Duck"
    }

    fn as_quack(&self) -> Option<&dyn Quack> {
        Some(self)
    }
}

impl Thing for Robot {
    fn name(&self) -> &'static str {
        "Robot"
    }

    fn as_quack(&self) -> Option<&dyn Quack> {
        Some(self)
    }
}

impl Thing for Cat {
    fn name(&self) -> &'static str {
        "Cat"
    }
}

// 타입을 미리 아는 곳에서는 물어볼 필요가 없다: Quack을 구현한 타입만 들어올 수 있다.
fn make_noise(q: &impl Quack) -> &'static str {
    q.quack()
}

fn main() {
    let things: Vec<Box<dyn Thing>> = vec![Box::new(Duck), Box::new(Robot), Box::new(Cat)];
    for thing in &things {
        match thing.as_quack() {
            Some(q) => println!("{} {}", thing.name(), q.quack()),
            None => println!("{} 은(는) 꽥 못 함", thing.name()),
        }
    }

    println!("{}", make_noise(&Duck));
}
