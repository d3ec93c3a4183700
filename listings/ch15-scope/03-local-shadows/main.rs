const A: i32 = 10;

fn a_func() {
    let a = 20; // let: 이 함수 안에서만 사는 새 지역 변수
    println!("a_func안에서의 a값 : {a}");
} // 여기서 a는 사라진다

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {A}");

    // 같은 이름을 다시 let 하면 바깥 변수를 '가린다'(shadowing). 블록도 스코프다.
    let a = 10;
    {
        let a = 20;
        println!("블록 안의 a값 : {a}");
    }
    println!("블록 밖의 a값 : {a}");
}
