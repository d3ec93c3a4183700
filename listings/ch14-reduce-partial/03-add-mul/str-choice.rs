fn add_mul(choice: &str, args: &[i64]) -> i64 {
    match choice {
        "add" => args.iter().sum(),
        "mul" => args.iter().product(),
    }
}

fn main() {
    println!("{}", add_mul("sub", &[5, 1]));
}
