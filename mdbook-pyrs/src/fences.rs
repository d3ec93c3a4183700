//! Fenced blocks of a chapter, line-based, and the listing file a block includes.

/// One fenced block: the index of its opening and closing line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fence {
    pub start: usize,
    pub end: usize,
    /// The opening fence's indentation (a block inside a list item is indented).
    pub indent: String,
    /// The info string (`text`, `rust,compile_fail`).
    pub info: String,
    /// When the block's only content is one include of a listing file:
    /// (`../listings/chNN-x/MM-y`, `python.out`).
    pub include: Option<(String, String)>,
}

/// Every fenced block that has an info string, in order.
pub fn fences(lines: &[&str]) -> Vec<Fence> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim_start();
        let ticks = trimmed.chars().take_while(|c| *c == '`').count();
        let info = trimmed[ticks..].trim();
        if ticks >= 3 && !info.is_empty() && !info.contains('`') {
            let close = |l: &str| {
                let t = l.trim();
                t.len() >= ticks && t.chars().all(|c| c == '`')
            };
            let mut j = i + 1;
            while j < lines.len() && !close(lines[j]) {
                j += 1;
            }
            let body: Vec<&str> = lines[i + 1..j.min(lines.len())]
                .iter()
                .copied()
                .filter(|l| !l.trim().is_empty())
                .collect();
            let include = match body.as_slice() {
                [one] => listing_include(one),
                _ => None,
            };
            out.push(Fence {
                start: i,
                end: j.min(lines.len().saturating_sub(1)),
                indent: line[..line.len() - trimmed.len()].to_string(),
                info: info.to_string(),
                include,
            });
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// `{{#include ../listings/ch02-x/01-y/main.py:anchor}}` → (`../listings/ch02-x/01-y`, `main.py`).
pub fn listing_include(line: &str) -> Option<(String, String)> {
    let inner = line
        .trim()
        .strip_prefix("{{#")?
        .strip_suffix("}}")?
        .trim_start();
    let path = inner
        .strip_prefix("rustdoc_include")
        .or_else(|| inner.strip_prefix("include"))?;
    if !path.starts_with(char::is_whitespace) {
        return None;
    }
    let path = path.trim().split(':').next()?;
    let (folder, file) = path.rsplit_once('/')?;
    let (listings, _listing) = folder.rsplit_once('/')?;
    let (before, _chapter) = listings.rsplit_once('/')?;
    (before.ends_with("listings") && !file.is_empty())
        .then(|| (folder.to_string(), file.to_string()))
}

/// Only blank lines in `lines[a..b]`.
pub fn only_blank(lines: &[&str], a: usize, b: usize) -> bool {
    a >= b || lines[a..b].iter().all(|l| l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_blocks_and_their_includes() {
        let md = "text\n```python\n{{#include ../listings/ch01-a/01-b/main.py}}\n```\n\n````text\n{{#include ../listings/ch01-a/01-b/python.out}}\n````\n```rust\nfn main() {}\n```\n";
        let lines: Vec<&str> = md.split('\n').collect();
        let f = fences(&lines);
        assert_eq!(f.len(), 3);
        assert_eq!(
            f[0].include,
            Some(("../listings/ch01-a/01-b".into(), "main.py".into()))
        );
        assert_eq!((f[1].start, f[1].end, f[1].info.as_str()), (5, 7, "text"));
        assert_eq!(f[1].include.as_ref().unwrap().1, "python.out");
        assert_eq!(f[2].include, None);
    }

    #[test]
    fn reads_anchored_and_rustdoc_includes_only() {
        assert_eq!(
            listing_include("{{#rustdoc_include ../listings/ch01-a/01-b/main.rs:part}}"),
            Some(("../listings/ch01-a/01-b".into(), "main.rs".into()))
        );
        assert_eq!(listing_include("{{#include ../src/x.md}}"), None);
        assert_eq!(listing_include("{{#includex ../listings/a/b/c}}"), None);
        assert_eq!(listing_include("print(1)"), None);
    }
}
