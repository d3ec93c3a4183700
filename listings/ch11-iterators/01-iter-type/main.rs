use std::any::type_name_of_val;

fn main() {
    let mut a = vec![1, 2, 3];
    println!("{}", type_name_of_val(&a));

    // iter(a)에 해당하는 것이 러스트에는 세 가지다: 빌려 읽기, 빌려 고치기, 통째로 가져가기
    let a_iter = a.iter();
    println!("{}", type_name_of_val(&a_iter));
    let a_iter_mut = a.iter_mut();
    println!("{}", type_name_of_val(&a_iter_mut));
    let a_into_iter = a.into_iter();
    println!("{}", type_name_of_val(&a_into_iter));
}
