#![deny(unused_assignments)] // 기본은 경고(warning); 여기서는 오류로 올려 컴파일을 멈춘다

fn main() {
    let mut count = 0;
    let mut increment = move || count += 1; // move: count의 복사본을 가져간다
    let get = move || count; // 이쪽도 자기 복사본
    increment();
    increment();
    println!("{}", get()); // 0
}
