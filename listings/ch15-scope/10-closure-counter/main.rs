const A: i32 = 10;

// 돌려주는 것은 "부를 때마다 자기 상태를 바꾸는 함수": impl FnMut() -> i32
fn a_func() -> impl FnMut() -> i32 {
    let mut a = 20;
    println!("a_func의 시작시점의 a값 : {a}");
    // move: a를 클로저 안으로 옮긴다. 이제 a는 클로저가 가진 상태다
    move || {
        a += 10;
        a
    }
}

fn main() {
    let mut c = a_func(); // FnMut을 부르려면 c가 mut이어야 한다
    println!("{}", c()); // 20->30
    println!("{}", c()); // 30->40
    let _d = a_func(); // 새 클로저, 새 a(20). 부르지 않으니 이름 앞에 _
    println!("{}", c()); // 40->50

    println!("a_func밖에서의 a값 : {A}"); // 10
}
