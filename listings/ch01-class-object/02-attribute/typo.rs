struct Bungeoppang {
    filling: String,
}

fn main() {
    let bbang = Bungeoppang {
        filling: "팥".to_string(),
    };
    println!("{}", bbang.filing); // 오타: 컴파일러가 먼저 안다
}
