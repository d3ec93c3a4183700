const A: i32 = 10;

fn a_func() {
    // 파이썬의 `a = a + 10`을 곧이곧대로 옮긴 것: 컴파일되고, 전역은 그대로다
    let a = A + 10;
    println!("a_func안에서의 a값 : {a}");
}

fn main() {
    a_func();
    println!("a_func밖에서의 a값 : {A}");

    // 이름까지 똑같이 쓰면: 오른쪽의 a는 아직 바깥 a다. 새 a는 문장이 끝나야 생긴다
    let a = 10;
    {
        let a = a + 10;
        println!("블록 안의 a값 : {a}");
    }
    println!("블록 밖의 a값 : {a}");
}
