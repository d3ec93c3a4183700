#![deny(non_ascii_idents)] // 식별자를 ASCII로만 쓰기로 한 팀이라면

fn main() {
    let 누나 = "김태희";
    let 여동생 = "윤아";
    println!("{누나} {여동생}");
}
