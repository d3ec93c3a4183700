struct Averager {
    series: Vec<i32>,
}

impl Averager {
    fn new() -> Self {
        Averager { series: Vec::new() }
    }
}

fn main() {
    let mut averager_cls = Averager::new();
    println!("{:?}", averager_cls(15));
}
