static STUDENT_COUNT: usize = 0;

fn main() {
    STUDENT_COUNT += 1; // 파이썬의 Student.student_count += 1
    println!("{STUDENT_COUNT}");
}
