struct Sum {
    value: i32,
}

impl Sum {
    fn new(start: i32) -> Self {
        Sum { value: start }
    }

    fn add(&mut self, n: i32) -> i32 {
        self.value += n;
        self.value
    }
}

fn main() {
    let mut sum_ins = Sum::new(10);

    println!("{}", sum_ins.add(20));
    println!("{}", sum_ins.add(30));

    // 함수 자리에 넘길 때는 메서드를 부르는 클로저 한 줄로 감싼다
    let results: Vec<i32> = [1, 2, 3].into_iter().map(|n| sum_ins.add(n)).collect();
    println!("{results:?}");
}
