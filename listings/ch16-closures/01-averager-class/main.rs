struct Averager {
    series: Vec<i32>,
}

impl Averager {
    fn new() -> Self {
        Averager { series: Vec::new() }
    }

    // __call__ 대신 평범한 메서드. 상태를 바꾸므로 &mut self
    fn add(&mut self, v: i32) -> f64 {
        self.series.push(v);
        println!("inner >>> {:?} / {}", self.series, self.series.len());
        self.series.iter().sum::<i32>() as f64 / self.series.len() as f64
    }
}

fn main() {
    // 인스턴스 생성: 호출할 때마다 상태가 바뀌니 mut
    let mut averager_cls = Averager::new();

    // 누적. f64의 {:?}는 15.0처럼 소수점을 남긴다 ({}는 15)
    println!("{:?}", averager_cls.add(15));
    println!("{:?}", averager_cls.add(35));
    println!("{:?}", averager_cls.add(40));
}
