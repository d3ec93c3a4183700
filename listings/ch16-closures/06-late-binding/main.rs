use std::cell::Cell;
use std::rc::Rc;

fn main() {
    // [lambda: i for i in range(3)]: move가 그때의 i를 클로저 안으로 복사한다
    let fs: Vec<Box<dyn Fn() -> i32>> = (0..3)
        .map(|i| Box::new(move || i) as Box<dyn Fn() -> i32>)
        .collect();
    println!("{:?}", fs.iter().map(|f| f()).collect::<Vec<_>>());

    // 파이썬처럼 "나중 값"을 보게 하려면 나눠 쓸 칸(셀)을 직접 만든다
    let i = Rc::new(Cell::new(0));
    let fs: Vec<Box<dyn Fn() -> i32>> = (0..3)
        .map(|n| {
            i.set(n);
            let i = Rc::clone(&i);
            Box::new(move || i.get()) as Box<dyn Fn() -> i32>
        })
        .collect();
    println!("{:?}", fs.iter().map(|f| f()).collect::<Vec<_>>());
}
