use std::any::type_name_of_val;

fn decorator<R>(name: &'static str, func: impl Fn() -> R) -> impl Fn() -> R {
    move || {
        println!("{name} 실행");
        func()
    }
}

/// f2의 설명 (문서 주석은 rustdoc이 쓰는 것이지, 실행 중에 읽을 수 있는 값이 아니다)
fn f2() {}

fn main() {
    println!("{}", type_name_of_val(&f2));
    let f2 = decorator("f2", f2);
    // 감싼 클로저의 '타입' 안에 원래 함수가 적혀 있다: __wrapped__를 컴파일러가 안다
    println!("{}", type_name_of_val(&f2));
    // fn 아이템은 크기가 0이고, 클로저가 실제로 담은 것은 name(&str) 하나뿐이다
    println!("{} 바이트", size_of_val(&f2));
    f2();
}
