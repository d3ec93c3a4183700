// 전역을 고치는 대신 "고칠 것을 인자로 받는다": &mut Vec<i32>
fn a_func(a: &mut Vec<i32>) {
    a.push(20); // a = a + [20] 대신 제자리에서 덧붙인다
    println!("a_func안에서의 a값 : {a:?}");
}

fn main() {
    let mut a = vec![10];
    a_func(&mut a); // 빌려준다는 것이 호출하는 쪽에서도 보인다
    println!("a_func밖에서의 a값 : {a:?}");
}
