// 데코레이터명(func): 함수를 받아, 그 함수를 감싼 새 함수(클로저)를 돌려주는 함수.
// 러스트 함수에는 __name__이 없으니 이름은 인자로 받는다.
fn decorator<R>(name: &'static str, func: impl Fn() -> R) -> impl Fn() -> R {
    move || {
        println!("{name} 실행 전");
        let result = func();
        // func이 실행될 때마다 같이 하고 싶은 일을 여기에
        println!("{name} 실행 후");
        result
    }
}

fn a_func() {}

fn main() {
    // @데코레이터명 자리: 같은 이름으로 가리면(shadowing) 이후의 a_func는 감싼 쪽이다
    let a_func = decorator("a_func", a_func);
    a_func();
}
