// *args는 슬라이스, 키가 열려 있는 **kwargs는 (키, 값) 쌍의 슬라이스로
fn print_family_name(args: &[&str], kwargs: &[(&str, &str)]) {
    if args.is_empty() {
        println!("가족 이름 데이터가 존재하지 않습니다.");
    } else {
        for name in args {
            println!("{name}");
        }
    }

    for (k, v) in kwargs {
        println!("{k}의 이름은 {v}");
    }
}

fn main() {
    print_family_name(
        &["홍길동", "신사임당"],
        &[("여자친구", "아이유"), ("친구", "김태희")],
    );
    println!();
    print_family_name(&[], &[("여자친구", "아이유"), ("친구", "김태희")]);
}
