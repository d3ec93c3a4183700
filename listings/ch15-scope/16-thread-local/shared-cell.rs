use std::cell::Cell;

// Cell을 평범한 static에 두면: 모든 스레드가 함께 보는 값이 되어 거절된다
static A: Cell<i32> = Cell::new(10);

fn main() {
    A.set(A.get() + 10);
    println!("{}", A.get());
}
