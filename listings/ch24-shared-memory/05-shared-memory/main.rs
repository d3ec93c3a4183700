use std::env;
use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use memmap2::MmapMut;

// ShareableList([41, "처음 값", 2.5])처럼 자리가 고정된 배치: 정수 8바이트, 문자열 16바이트, 실수 8바이트
const TEXT: std::ops::Range<usize> = 0..5;
const COUNT: std::ops::Range<usize> = 8..16;
const NAME: std::ops::Range<usize> = 16..32;
const RATIO: std::ops::Range<usize> = 32..40;
const SIZE: u64 = 40;

/// 부모와 자식이 같은 파일을 매핑하면 같은 물리 메모리를 본다
fn map(path: &Path) -> io::Result<MmapMut> {
    let file = OpenOptions::new().read(true).write(true).open(path)?;
    // SAFETY: 이 프로그램이 방금 만든 임시 파일이고, 누구도 크기를 줄이지 않는다.
    // 부모와 자식은 동시에 쓰지 않는다: 부모는 자식이 끝난 뒤(status()가 돌아온 뒤)에만 읽는다.
    unsafe { MmapMut::map_mut(&file) }
}

fn get_i64(m: &[u8]) -> i64 {
    i64::from_ne_bytes(m[COUNT].try_into().expect("8바이트"))
}

fn get_str(m: &[u8]) -> &str {
    let slot = &m[NAME];
    let len = slot.iter().position(|&b| b == 0).unwrap_or(slot.len());
    std::str::from_utf8(&slot[..len]).expect("UTF-8")
}

/// 고정된 자리에 쓴다: 자리보다 긴 문자열은 들어가지 않는다 (ShareableList도 ValueError)
fn put_str(m: &mut [u8], s: &str) -> Result<(), String> {
    let slot = &mut m[NAME];
    if s.len() > slot.len() {
        return Err(format!("{}바이트 자리에 {}바이트", slot.len(), s.len()));
    }
    slot.fill(0);
    slot[..s.len()].copy_from_slice(s.as_bytes());
    Ok(())
}

/// 자식 프로세스가 하는 일 (파이썬의 shout, bump)
fn child(task: &str, path: &Path) -> io::Result<()> {
    let mut m = map(path)?;
    match task {
        "shout" => m[TEXT].make_ascii_uppercase(),
        "bump" => {
            let n = get_i64(&m) + 1;
            m[COUNT].copy_from_slice(&n.to_ne_bytes());
            put_str(&mut m, "바뀜").map_err(io::Error::other)?;
        }
        _ => return Err(io::Error::other(format!("모르는 일: {task}"))),
    }
    Ok(())
}

/// 자기 자신을 자식 프로세스로 다시 실행한다: 파이썬의 Process(target=…)에 해당
fn run_child(task: &str, path: &Path) -> io::Result<()> {
    let status = Command::new(env::current_exe()?)
        .arg(task)
        .arg(path)
        .status()?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!("자식 {task}: {status}")))
    }
}

fn main() -> io::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    if let [task, path] = args.as_slice() {
        return child(task, Path::new(path));
    }

    // SharedMemory(create=True, size=…)의 자리: 크기를 정한 파일
    let path: PathBuf = env::temp_dir().join(format!("pyrs-shm-{}", std::process::id()));
    File::create(&path)?.set_len(SIZE)?;
    let mut m = map(&path)?;

    m[TEXT].copy_from_slice(b"hello");
    run_child("shout", &path)?;
    println!("b'{}'", m[TEXT].escape_ascii());

    m[COUNT].copy_from_slice(&41i64.to_ne_bytes());
    put_str(&mut m, "처음 값").map_err(io::Error::other)?;
    m[RATIO].copy_from_slice(&2.5f64.to_ne_bytes());
    run_child("bump", &path)?;
    let ratio = f64::from_ne_bytes(m[RATIO].try_into().expect("8바이트"));
    println!("({}, {:?}, {ratio})", get_i64(&m), get_str(&m));

    // 파일을 지우는 것이 unlink(): 매핑을 먼저 닫는다
    drop(m);
    fs::remove_file(&path)
}
