fn main() {
    let a = 10;
    {
        a = a + 10; // let이 없으면 새 변수가 아니라 바깥 a에 '대입'이다
        println!("블록 안의 a값 : {a}");
    }
    println!("블록 밖의 a값 : {a}");
}
