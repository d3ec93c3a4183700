//! Undo the `\_` escapes that mdbook-gettext puts inside `$math$`.
//!
//! mdbook-gettext re-renders every translated paragraph as Markdown and escapes `_` as `\_`;
//! inside `$t_{UTC}$` that turns a subscript into a literal underscore for KaTeX. This pass runs
//! after gettext and before katex (book.toml) and restores `_` inside math spans, outside code
//! fences. The Korean source never writes `\_` in math, so it changes nothing there.

/// `text` with `\_` → `_` inside every `$$…$$` and `$…$` span outside fenced code.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prose = String::new();
    let mut in_code = false;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            if !in_code {
                out.push_str(&in_math(&prose));
                prose.clear();
            }
            in_code = !in_code;
            out.push_str(line);
        } else if in_code {
            out.push_str(line);
        } else {
            prose.push_str(line);
        }
    }
    out.push_str(&in_math(&prose));
    out
}

/// The math spans of prose: `$$…$$` (may span lines) or `$…$` (one line, not empty).
fn in_math(prose: &str) -> String {
    let mut out = String::with_capacity(prose.len());
    let mut rest = prose;
    while let Some(open) = rest.find('$') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let span_len = if let Some(body) = after.strip_prefix("$$") {
            body.find("$$").map(|end| end + 4)
        } else {
            let body = &after[1..];
            let end = body.find(['$', '\n']);
            match end {
                Some(e) if e > 0 && body[e..].starts_with('$') => Some(e + 2),
                _ => None,
            }
        };
        match span_len {
            Some(n) => {
                out.push_str(&after[..n].replace("\\_", "_"));
                rest = &after[n..];
            }
            None => {
                out.push('$');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::unescape;

    #[test]
    fn restores_subscripts_in_math_only() {
        assert_eq!(
            unescape("at $t\\_{UTC}$ and a\\_b\n$$x\\_1 +\ny\\_2$$\n"),
            "at $t_{UTC}$ and a\\_b\n$$x_1 +\ny_2$$\n"
        );
    }

    #[test]
    fn leaves_code_and_lone_dollars_alone() {
        let md = "```python\nprint('$a\\_b$')\n```\ncosts \\$5 and a\\_b\n";
        assert_eq!(unescape(md), md);
        assert_eq!(unescape("a $x\\_1$ b $"), "a $x_1$ b $");
    }
}
