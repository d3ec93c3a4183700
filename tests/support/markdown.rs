//! Fenced code blocks and `{{#include}}` directives of a chapter, read the way mdBook reads them.
//!
//! Plain `std` only: `build.rs` uses this module too (`#[path]`), to prepare the chapters that
//! skeptic compiles.
#![allow(dead_code)]

/// One fenced block: ```` ```info ```` … ```` ``` ````.
#[derive(Debug, Clone)]
pub struct Block {
    /// 1-based line of the opening fence.
    pub line: usize,
    /// The info string, e.g. `rust,compile_fail`.
    pub info: String,
    /// The lines between the fences, indentation of the fence removed.
    pub body: String,
    /// Byte range of the info string in the chapter (to rewrite it).
    pub info_span: std::ops::Range<usize>,
}

impl Block {
    /// The language: the first word of the info string (`rust` for `rust,compile_fail`).
    pub fn lang(&self) -> &str {
        self.info.split([',', ' ']).next().unwrap_or("").trim()
    }

    /// The attributes after the language (`compile_fail`, `ignore`…).
    pub fn attrs(&self) -> Vec<&str> {
        self.info
            .split([',', ' '])
            .skip(1)
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .collect()
    }
}

/// Every fenced block of a Markdown text. A fence is three or more backticks or tildes,
/// possibly indented (inside a list); it closes on the same character, at least as long.
pub fn fenced_blocks(md: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char, usize, usize, String, std::ops::Range<usize>)> = None;
    let mut body = String::new();
    let mut offset = 0;
    for (i, raw) in md.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start();
        let fence_char = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        let fence_len = fence_char.map_or(0, |c| trimmed.chars().take_while(|x| *x == c).count());
        match (&open, fence_char) {
            (None, Some(c)) if fence_len >= 3 => {
                let info_start = offset + indent + fence_len;
                let info = line[indent + fence_len..].trim().to_string();
                let lead = line[indent + fence_len..].len()
                    - line[indent + fence_len..].trim_start().len();
                let span = info_start + lead..info_start + lead + info.len();
                open = Some((i + 1, c, fence_len, indent, info, span));
                body.clear();
            }
            (Some((start, c, len, fence_indent, info, span)), Some(fc))
                if fc == *c && fence_len >= *len && trimmed[fence_len..].trim().is_empty() =>
            {
                out.push(Block {
                    line: *start,
                    info: info.clone(),
                    body: body.trim_end_matches('\n').to_string(),
                    info_span: span.clone(),
                });
                let _ = fence_indent;
                open = None;
            }
            (Some((_, _, _, fence_indent, _, _)), _) => {
                let cut = indent.min(*fence_indent);
                body.push_str(&line[cut..]);
                body.push('\n');
            }
            _ => {}
        }
        offset += raw.len();
    }
    out
}

/// A `{{#include path[:selector]}}` or `{{#rustdoc_include path[:selector]}}` directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Include {
    pub rustdoc: bool,
    /// The path as written (relative to the chapter's folder).
    pub path: String,
    /// What follows the path's `:`: an anchor name, a line range like `3:7`, or nothing.
    pub selector: Option<String>,
}

/// The include directives in a text, in order.
pub fn includes(text: &str) -> Vec<Include> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{#") {
        let after = &rest[start + 3..];
        let Some(end) = after.find("}}") else { break };
        let inner = after[..end].trim();
        let (kind, arg) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        if kind == "include" || kind == "rustdoc_include" {
            let arg = arg.trim();
            let (path, selector) = match arg.split_once(':') {
                Some((p, s)) => (p.to_string(), Some(s.to_string())),
                None => (arg.to_string(), None),
            };
            out.push(Include {
                rustdoc: kind == "rustdoc_include",
                path,
                selector,
            });
        }
        rest = &after[end + 2..];
    }
    out
}

/// When a block's body is exactly one include directive (and nothing else), that directive.
pub fn sole_include(block: &Block) -> Option<Include> {
    let body = block.body.trim();
    let found = includes(body);
    match found.as_slice() {
        [one]
            if body.starts_with("{{#")
                && body.ends_with("}}")
                && body.matches("{{#").count() == 1 =>
        {
            Some(one.clone())
        }
        _ => None,
    }
}
