//! CPython version panels for a Python output.
//!
//! A ```text block that includes a listing's `python.out` (the primary version's output, see
//! `listings/python-versions`) becomes, where the listing has `python-3.X.out` files,
//!
//! ```text
//! <div class="py-versions" data-listing="ch03-x/02-y" data-versions="3.13 3.12 3.11">
//! <div class="py-version" data-py="3.13"><p class="py-version-label">CPython 3.13</p>
//!   (the python.out block)
//! </div>
//! <div class="py-version" data-py="3.12 3.11"><p class="py-version-label">CPython 3.12 · 3.11</p>
//!   (a block including python-3.12.out: 3.12 and 3.11 print the same)
//! </div></div>
//! ```
//!
//! one panel per distinct output, labelled with the versions that print it (CPython compiled to
//! WebAssembly, `3.14-wasm`, is labelled "3.14 (WebAssembly)", never a bare 3.14). A listing that
//! declares it cannot run in WebAssembly (`[python] wasm = "threads"` in listing.toml) has no
//! panel for that version but a note saying why ("not run in WebAssembly: uses threads").
//! theme/versions.js
//! adds the switcher and shows the reader's version; without JavaScript and in print every panel
//! is shown with its label. An output every version prints the same is wrapped with a quiet
//! mark that says so (class `py-same`). Each page also gets the supported versions
//! (`py-versions-meta`), for the picker in the top bar.

use std::path::Path;

use crate::fences::fences;
use crate::run::{not_run_text, python_spec};

/// `listings/python-versions`: the supported versions, primary first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Supported(pub Vec<String>);

impl Supported {
    pub const FILE: &'static str = "listings/python-versions";

    pub fn read(book_root: &Path) -> Result<Supported, String> {
        let path = book_root.join(Self::FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", Self::FILE))?;
        let v: Vec<String> = text
            .lines()
            .filter_map(|l| l.split('#').next().unwrap().split_whitespace().next())
            .map(str::to_string)
            .collect();
        if v.is_empty() {
            return Err(format!("{} lists no version", Self::FILE));
        }
        Ok(Supported(v))
    }

    pub fn primary(&self) -> &str {
        &self.0[0]
    }
}

/// One panel: the versions that print this output, and the file that holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    pub versions: Vec<String>,
    pub file: String,
}

/// The versions a listing is not run under, and why (`3.14-wasm`, `threads`): its listing.toml
/// declares that it cannot run in WebAssembly.
pub fn not_run(folder: &Path, supported: &Supported) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for v in supported.0.iter().filter(|v| v.ends_with("-wasm")) {
        if let Some(reason) = python_spec(folder, v)?.wasm {
            out.push((v.clone(), reason));
        }
    }
    Ok(out)
}

/// The panels of a listing folder's Python output: the primary's `python.out` first, with every
/// version that has no file of its own, then one panel per distinct `python-3.X.out`. A version
/// the listing is not run under (`not_run`) is in none.
pub fn listing_panels(folder: &Path, supported: &Supported) -> Result<Vec<Panel>, String> {
    let skipped = not_run(folder, supported)?;
    let mut panels = vec![Panel {
        versions: vec![supported.primary().to_string()],
        file: "python.out".into(),
    }];
    let mut contents: Vec<Vec<u8>> = vec![Vec::new()];
    for v in &supported.0[1..] {
        if skipped.iter().any(|(s, _)| s == v) {
            continue;
        }
        let file = format!("python-{v}.out");
        let path = folder.join(&file);
        if !path.is_file() {
            panels[0].versions.push(v.clone());
            continue;
        }
        let body = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        match contents.iter().skip(1).position(|c| *c == body) {
            Some(i) => panels[i + 1].versions.push(v.clone()),
            None => {
                contents.push(body);
                panels.push(Panel {
                    versions: vec![v.clone()],
                    file,
                });
            }
        }
    }
    Ok(panels)
}

struct Words {
    same: &'static str,
}

fn words(language: &str) -> Words {
    if language == "en" {
        Words {
            same: "same output on every version checked",
        }
    } else {
        Words {
            same: "확인한 모든 버전에서 같은 출력",
        }
    }
}

/// A version as readers see it: `3.13`, `3.14 (WebAssembly)`.
pub fn version_name(v: &str) -> String {
    match v.strip_suffix("-wasm") {
        Some(n) => format!("{n} (WebAssembly)"),
        None => v.to_string(),
    }
}

/// `CPython 3.13 · 3.12 · 3.14 (WebAssembly)`
pub fn label(versions: &[String]) -> String {
    let names: Vec<String> = versions.iter().map(|v| version_name(v)).collect();
    format!("CPython {}", names.join(" · "))
}

/// Wrap every ```text block of a `python.out` in `text` (a chapter in `chapter_dir`).
pub fn panels(
    text: &str,
    chapter_dir: &Path,
    supported: &Supported,
    language: &str,
) -> Result<String, String> {
    let lines: Vec<&str> = text.split('\n').collect();
    let w = words(language);
    let all = supported.0.join(" ");
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 16);
    let mut next = 0;
    for f in fences(&lines) {
        let Some((folder, file)) = &f.include else {
            continue;
        };
        if file != "python.out" || f.info != "text" {
            continue;
        }
        let listing = crate::run::listing_key(folder);
        let panels = listing_panels(&chapter_dir.join(folder), supported)?;
        let skipped = not_run(&chapter_dir.join(folder), supported)?;
        let notes: String = skipped
            .iter()
            .map(|(v, reason)| {
                format!(
                    r#"<p class="py-version-note" data-py="{v}" data-wasm-reason="{reason}">{}</p>"#,
                    not_run_text(reason, language)
                )
            })
            .collect();
        let shown: Vec<&String> = supported
            .0
            .iter()
            .filter(|v| !skipped.iter().any(|(s, _)| s == *v))
            .collect();
        let shown = shown
            .iter()
            .map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let ind = &f.indent;
        out.extend(lines[next..f.start].iter().map(|l| l.to_string()));
        let block = &lines[f.start..=f.end];
        if panels.len() == 1 {
            out.push(format!(
                r#"{ind}<div class="py-versions py-same" data-listing="{listing}" data-versions="{shown}"><p class="py-version-label">{}: {}</p>{notes}"#,
                label(&panels[0].versions),
                w.same
            ));
            out.push(String::new());
            out.extend(block.iter().map(|l| l.to_string()));
            out.push(String::new());
            out.push(format!("{ind}</div>"));
        } else {
            out.push(format!(
                r#"{ind}<div class="py-versions" data-listing="{listing}" data-versions="{shown}">{notes}"#
            ));
            for (i, p) in panels.iter().enumerate() {
                out.push(format!(
                    r#"{ind}{}<div class="py-version" data-py="{}"><p class="py-version-label">{}</p>"#,
                    if i == 0 { "" } else { "</div>" },
                    p.versions.join(" "),
                    label(&p.versions)
                ));
                out.push(String::new());
                out.extend(
                    block
                        .iter()
                        .map(|l| l.replace("/python.out}}", &format!("/{}}}}}", p.file))),
                );
                out.push(String::new());
            }
            out.push(format!("{ind}</div></div>"));
        }
        next = f.end + 1;
    }
    out.extend(lines[next..].iter().map(|l| l.to_string()));
    out.push(String::new());
    out.push(format!(
        r#"<div class="py-versions-meta" hidden data-versions="{all}"></div>"#
    ));
    Ok(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn supported() -> Supported {
        Supported(vec!["3.13".into(), "3.12".into(), "3.11".into()])
    }

    #[test]
    fn reads_the_version_of_each_line_and_skips_comments() {
        let dir = std::env::temp_dir().join(format!("mdbook-pyrs-read-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("listings")).unwrap();
        std::fs::write(
            dir.join(Supported::FILE),
            "# comment\n3.13 3.13.0\n\n3.12   # no release\n",
        )
        .unwrap();
        assert_eq!(
            Supported::read(&dir).unwrap(),
            Supported(vec!["3.13".into(), "3.12".into()])
        );
    }

    /// A scratch chapter folder with `listings/ch01-a/01-b/` holding the given files.
    fn scratch(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        crate::scratch::book(name, files)
    }

    const BLOCK: &str = "```text\n{{#include ../listings/ch01-a/01-b/python.out}}\n```";

    #[test]
    fn groups_versions_by_what_they_print() {
        let dir = scratch(
            "group",
            &[
                ("python.out", "new\n"),
                ("python-3.12.out", "old\n"),
                ("python-3.11.out", "old\n"),
            ],
        );
        let p = listing_panels(&dir.join("../listings/ch01-a/01-b"), &supported()).unwrap();
        assert_eq!(
            p,
            vec![
                Panel {
                    versions: vec!["3.13".into()],
                    file: "python.out".into()
                },
                Panel {
                    versions: vec!["3.12".into(), "3.11".into()],
                    file: "python-3.12.out".into()
                },
            ]
        );
        let out = panels(
            &format!("before\n\n{BLOCK}\n\nafter"),
            &dir,
            &supported(),
            "ko",
        )
        .unwrap();
        assert!(out.contains(
            r#"<div class="py-versions" data-listing="ch01-a/01-b" data-versions="3.13 3.12 3.11">"#
        ));
        assert!(out.contains(
            r#"<div class="py-version" data-py="3.13"><p class="py-version-label">CPython 3.13</p>"#
        ));
        assert!(out.contains(r#"</div><div class="py-version" data-py="3.12 3.11"><p class="py-version-label">CPython 3.12 · 3.11</p>"#));
        assert!(out.contains("01-b/python-3.12.out}}"));
        assert!(!out.contains("python-3.11.out"));
        assert!(out.starts_with("before\n\n"));
        assert!(out.contains("</div></div>\n\nafter"));
    }

    #[test]
    fn a_version_without_its_own_file_shares_the_primary_panel() {
        let dir = scratch(
            "share",
            &[("python.out", "new\n"), ("python-3.11.out", "old\n")],
        );
        let p = listing_panels(&dir.join("../listings/ch01-a/01-b"), &supported()).unwrap();
        assert_eq!(p[0].versions, vec!["3.13", "3.12"]);
        assert_eq!(p[1].versions, vec!["3.11"]);
    }

    #[test]
    fn the_same_output_everywhere_gets_the_quiet_mark_in_the_editions_language() {
        let dir = scratch("same", &[("python.out", "x\n")]);
        let ko = panels(BLOCK, &dir, &supported(), "ko").unwrap();
        assert!(ko.contains(r#"class="py-versions py-same""#));
        assert!(ko.contains("CPython 3.13 · 3.12 · 3.11: 확인한 모든 버전에서 같은 출력"));
        let en = panels(BLOCK, &dir, &supported(), "en").unwrap();
        assert!(en.contains("CPython 3.13 · 3.12 · 3.11: same output on every version checked"));
        assert!(en.ends_with(
            r#"<div class="py-versions-meta" hidden data-versions="3.13 3.12 3.11"></div>"#
        ));
    }

    fn with_wasm() -> Supported {
        Supported(vec![
            "3.13".into(),
            "3.12".into(),
            "3.11".into(),
            "3.14-wasm".into(),
        ])
    }

    #[test]
    fn webassembly_is_labelled_as_such_and_shares_a_panel_like_any_version() {
        assert_eq!(
            label(&["3.13".into(), "3.14-wasm".into()]),
            "CPython 3.13 · 3.14 (WebAssembly)"
        );
        let dir = scratch(
            "wasm",
            &[("python.out", "x\n"), ("python-3.14-wasm.out", "y\n")],
        );
        let out = panels(BLOCK, &dir, &with_wasm(), "en").unwrap();
        assert!(out.contains(r#"<p class="py-version-label">CPython 3.13 · 3.12 · 3.11</p>"#));
        assert!(out.contains(
            r#"data-py="3.14-wasm"><p class="py-version-label">CPython 3.14 (WebAssembly)</p>"#
        ));
        assert!(out.contains("01-b/python-3.14-wasm.out}}"));
        let same = scratch("wasm-same", &[("python.out", "x\n")]);
        let out = panels(BLOCK, &same, &with_wasm(), "en").unwrap();
        assert!(out.contains(
            "CPython 3.13 · 3.12 · 3.11 · 3.14 (WebAssembly): same output on every version checked"
        ));
    }

    #[test]
    fn a_listing_not_run_in_webassembly_has_no_panel_for_it_but_says_why() {
        let dir = scratch(
            "notrun",
            &[
                ("python.out", "x\n"),
                ("listing.toml", "[python]\nwasm = \"threads\"\n"),
            ],
        );
        let p = listing_panels(&dir.join("../listings/ch01-a/01-b"), &with_wasm()).unwrap();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].versions, vec!["3.13", "3.12", "3.11"]);
        let en = panels(BLOCK, &dir, &with_wasm(), "en").unwrap();
        assert!(en.contains(r#"data-versions="3.13 3.12 3.11"><p class="py-version-label">CPython 3.13 · 3.12 · 3.11: same output on every version checked</p><p class="py-version-note" data-py="3.14-wasm" data-wasm-reason="threads">not run in WebAssembly: uses threads</p>"#), "{en}");
        assert!(en.ends_with(r#"data-versions="3.13 3.12 3.11 3.14-wasm"></div>"#));
        let ko = panels(BLOCK, &dir, &with_wasm(), "ko").unwrap();
        assert!(ko.contains("WebAssembly에서는 실행하지 않음: 스레드를 쓴다"));
    }

    #[test]
    fn rust_outputs_and_other_blocks_are_left_alone() {
        let dir = scratch("rust", &[("python.out", "x\n")]);
        let md = "```text\n{{#include ../listings/ch01-a/01-b/rust.out}}\n```";
        let out = panels(md, &dir, &supported(), "ko").unwrap();
        assert!(out.starts_with(md));
        assert!(!out.contains("py-versions\""));
    }

    #[test]
    fn a_missing_folder_is_not_an_error_here() {
        // mdBook's own link check names a missing include; this pass must not hide it.
        let dir = scratch("missing", &[]);
        let md = "```text\n{{#include ../listings/ch01-a/09-none/python.out}}\n```";
        assert!(panels(md, &dir, &supported(), "ko").is_ok());
    }
}
