fn main() {
    // 러스트 함수에는 키워드 인자가 없다. 이름 붙은 인자를 받는 것은 format! 계열 매크로뿐
    let (father, mother) = ("홍길동", "신사임당");
    let (girlfriend, friend) = ("아이유", "김태희");
    println!(
        "{} {} / 여자친구: {여자친구}, 친구: {친구}",
        father,
        mother,
        여자친구 = girlfriend,
        친구 = friend,
    );
}
