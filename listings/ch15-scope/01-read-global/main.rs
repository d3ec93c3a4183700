// 모듈 수준의 `a = 10`: 바뀌지 않는 전역 값은 const로 둔다.
// 전역 이름은 대문자로 쓴다(관례이고, 소문자면 non_upper_case_globals 경고가 난다).
const A: i32 = 10;

fn a_func() {
    println!("{A}"); // 함수 안에서 전역 상수를 읽는 데는 아무 선언도 필요 없다
}

fn main() {
    a_func();
}
