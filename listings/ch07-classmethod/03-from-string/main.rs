use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug)]
struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    // @staticmethod 자리: self도 타입의 상태도 쓰지 않는 연관 함수
    fn is_leap(year: i32) -> bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}

#[derive(Debug)]
enum ParseDateError {
    Shape(String),
    Number(ParseIntError),
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseDateError::Shape(text) => write!(f, "YYYY-MM-DD 꼴이 아님: {text:?}"),
            ParseDateError::Number(e) => write!(f, "숫자가 아님: {e}"),
        }
    }
}

// Display와 Debug가 있으면 표준 오류 트레이트를 구현할 수 있다: Box<dyn Error>와 ?가 받아 준다
impl std::error::Error for ParseDateError {}

impl From<ParseIntError> for ParseDateError {
    fn from(e: ParseIntError) -> Self {
        ParseDateError::Number(e)
    }
}

// from_string 자리: 문자열에서 만드는 생성자는 표준 트레이트 FromStr로.
// 실패는 예외가 아니라 반환값(Result)이다.
impl FromStr for Date {
    type Err = ParseDateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = text.split('-').collect();
        let [year, month, day] = parts[..] else {
            return Err(ParseDateError::Shape(text.to_string()));
        };
        Ok(Date {
            year: year.parse()?,
            month: month.parse()?,
            day: day.parse()?,
        })
    }
}

// 상속 대신 감싸기: KoreanDate는 Date를 품고, 출력 방식만 다르다.
struct KoreanDate(Date);

impl FromStr for KoreanDate {
    type Err = ParseDateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.parse().map(KoreanDate)
    }
}

impl fmt::Display for KoreanDate {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let Date { year, month, day } = self.0;
        write!(f, "{year}년 {month}월 {day}일")
    }
}

fn main() -> Result<(), ParseDateError> {
    let date: Date = "2024-02-29".parse()?;
    println!("{date:?}");
    let korean: KoreanDate = "2024-02-29".parse()?;
    println!("{korean}");
    println!("{} {}", Date::is_leap(2024), Date::is_leap(1900));

    for text in ["2024/02/29", "2024-02-xx"] {
        if let Err(e) = text.parse::<Date>() {
            println!("에러: {e}");
        }
    }
    Ok(())
}
