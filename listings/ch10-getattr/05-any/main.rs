use std::any::Any;
use std::collections::HashMap;

// 실행 중에 이름과 값을 붙이는 객체: 이름 → 아무 타입의 값.
#[derive(Default)]
struct Config {
    attrs: HashMap<String, Box<dyn Any>>,
}

impl Config {
    fn set_attr<T: Any>(&mut self, name: &str, value: T) {
        self.attrs.insert(name.to_string(), Box::new(value));
    }

    // 꺼낼 때 타입을 밝힌다. 이름이 없거나 타입이 다르면 None.
    fn get_attr<T: Any>(&self, name: &str) -> Option<&T> {
        self.attrs.get(name)?.downcast_ref::<T>()
    }
}

fn main() {
    let mut cfg = Config::default();
    cfg.set_attr("host", String::from("localhost"));
    cfg.set_attr("port", 8080_u16);
    cfg.set_attr("debug", true);

    // HashMap은 순서를 지키지 않으니 정렬해서 보인다
    let mut names: Vec<&String> = cfg.attrs.keys().collect();
    names.sort();
    println!("{names:?}");

    if let Some(port) = cfg.get_attr::<u16>("port") {
        println!("{}", port + 1);
    }
    println!("{}", cfg.get_attr::<u64>("timeout").copied().unwrap_or(30));

    // 타입을 잘못 짚으면 예외 대신 None: host는 String이고, port는 i32가 아니라 u16이다
    println!("{:?}", cfg.get_attr::<u16>("host"));
    println!("{:?}", cfg.get_attr::<i32>("port"));
    println!("{:?}", cfg.get_attr::<String>("host"));
    println!("{:?}", cfg.get_attr::<bool>("debug"));
}
