// 전역 리스트 [10]: 길이가 정해진 배열 상수
const A: [i32; 1] = [10];

fn a_func() {
    let b = [A.as_slice(), &[20]].concat(); // a + [20]: 새 Vec을 만든다
    println!("{b:?}");
}

fn main() {
    a_func();
    println!("{A:?}");
}
