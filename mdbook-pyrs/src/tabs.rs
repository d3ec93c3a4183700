//! Python ⇄ Rust tabs for a listing whose two programs stand side by side.
//!
//! A "unit" is a fenced block that includes a listing's `main.py` (or `main.rs`), optionally
//! followed by the block that includes its `python.out` (`rust.out`). When the Python unit and
//! the Rust unit of the same listing folder follow each other with nothing but blank lines
//! between, they are wrapped in
//!
//! ```text
//! <div class="code-tabs"><div class="code-tab" data-lang="python"> … </div>
//! <div class="code-tab" data-lang="rust"> … </div></div>
//! ```
//!
//! theme/site.js turns that into tabs (the choice is remembered); without JavaScript, and in
//! print, both stay visible one after the other. Blocks inside a list item are left alone.

use crate::fences::{fences, only_blank};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lang {
    Python,
    Rust,
}

impl Lang {
    fn of_code(file: &str) -> Option<Lang> {
        match file {
            "main.py" => Some(Lang::Python),
            "main.rs" => Some(Lang::Rust),
            _ => None,
        }
    }
    fn of_output(file: &str) -> Option<Lang> {
        match file {
            "python.out" => Some(Lang::Python),
            "rust.out" => Some(Lang::Rust),
            _ => None,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Rust => "rust",
        }
    }
}

/// A program block and its output block, if any: first and last line, folder, language.
struct Unit<'a> {
    start: usize,
    end: usize,
    folder: &'a str,
    lang: Lang,
    indented: bool,
}

pub fn tabify(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let fs = fences(&lines);
    let mut units = Vec::new();
    let mut k = 0;
    while k < fs.len() {
        let f = &fs[k];
        if let Some((folder, file)) = &f.include
            && let Some(lang) = Lang::of_code(file)
        {
            let mut end = f.end;
            if let Some(next) = fs.get(k + 1)
                && let Some((f2, n2)) = &next.include
                && f2 == folder
                && Lang::of_output(n2) == Some(lang)
                && only_blank(&lines, f.end + 1, next.start)
            {
                end = next.end;
                k += 1;
            }
            units.push(Unit {
                start: f.start,
                end,
                folder,
                lang,
                indented: !f.indent.is_empty(),
            });
        }
        k += 1;
    }
    let mut pairs = Vec::new();
    let mut k = 0;
    while k + 1 < units.len() {
        let (a, b) = (&units[k], &units[k + 1]);
        if a.folder == b.folder
            && a.lang != b.lang
            && only_blank(&lines, a.end + 1, b.start)
            && !a.indented
        {
            pairs.push((k, k + 1));
            k += 2;
        } else {
            k += 1;
        }
    }
    if pairs.is_empty() {
        return text.to_string();
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 8 * pairs.len());
    let mut next = 0;
    for (a, b) in pairs {
        let (a, b) = (&units[a], &units[b]);
        out.extend(lines[next..a.start].iter().map(|l| l.to_string()));
        out.push(format!(
            r#"<div class="code-tabs"><div class="code-tab" data-lang="{}">"#,
            a.lang.name()
        ));
        out.push(String::new());
        out.extend(lines[a.start..=a.end].iter().map(|l| l.to_string()));
        out.push(String::new());
        out.push(format!(
            r#"</div><div class="code-tab" data-lang="{}">"#,
            b.lang.name()
        ));
        out.push(String::new());
        out.extend(lines[b.start..=b.end].iter().map(|l| l.to_string()));
        out.push(String::new());
        out.push("</div></div>".into());
        next = b.end + 1;
    }
    out.extend(lines[next..].iter().map(|l| l.to_string()));
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const L: &str = "../listings/ch01-a/01-b";

    fn block(lang: &str, file: &str) -> String {
        format!("```{lang}\n{{{{#include {L}/{file}}}}}\n```")
    }

    #[test]
    fn pairs_python_and_rust_of_one_listing_with_their_outputs() {
        let md = format!(
            "intro\n\n{}\n\n{}\n\n{}\n\n{}\n\nafter",
            block("python", "main.py"),
            block("text", "python.out"),
            block("rust", "main.rs"),
            block("text", "rust.out")
        );
        let out = tabify(&md);
        assert!(out.starts_with("intro\n\n<div class=\"code-tabs\"><div class=\"code-tab\" data-lang=\"python\">\n\n```python"));
        let py = out.find("python.out").unwrap();
        let switch = out
            .find(r#"</div><div class="code-tab" data-lang="rust">"#)
            .unwrap();
        assert!(py < switch && switch < out.find("main.rs").unwrap());
        assert!(out.ends_with("rust.out}}\n```\n\n</div></div>\n\nafter"));
    }

    #[test]
    fn leaves_alone_what_is_not_a_pair() {
        // prose between the two programs
        let md = format!(
            "{}\n\nsome words\n\n{}",
            block("python", "main.py"),
            block("rust", "main.rs")
        );
        assert_eq!(tabify(&md), md);
        // two listings
        let other = "```rust\n{{#include ../listings/ch01-a/02-c/main.rs}}\n```";
        let md = format!("{}\n\n{other}", block("python", "main.py"));
        assert_eq!(tabify(&md), md);
        // inside a list item
        let md = format!(
            "- item\n\n  ```python\n  {{{{#include {L}/main.py}}}}\n  ```\n\n  ```rust\n  {{{{#include {L}/main.rs}}}}\n  ```"
        );
        assert_eq!(tabify(&md), md);
    }

    #[test]
    fn rust_first_is_a_pair_too_and_an_output_of_another_listing_is_not_its_output() {
        let md = format!(
            "{}\n{}",
            block("rust", "main.rs"),
            block("python", "main.py")
        );
        assert!(tabify(&md).contains(r#"data-lang="rust">"#));
        let md = format!(
            "{}\n```text\n{{{{#include ../listings/ch01-a/09-z/python.out}}}}\n```\n{}",
            block("python", "main.py"),
            block("rust", "main.rs")
        );
        assert_eq!(tabify(&md), md);
    }
}
