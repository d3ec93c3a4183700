//! Run it here: a Python listing's Run button, a Rust listing's Playground link.
//!
//! A ```python block that includes a listing's `main.py` is wrapped in
//!
//! ```text
//! <div class="py-run" data-listing="ch15-scope/04-unbound-local" data-py="3.14-wasm"
//!      data-exit="1" data-timeout="10" data-unordered="false" data-redact="{…}" data-env="{…}">
//!   (the python block)
//! </div>
//! ```
//!
//! theme/run.js turns that into a Run button, an editable code area and an output, and runs the
//! program in CPython compiled to WebAssembly (Pyodide, wasm/ in the site, fetched on the first
//! Run); `data-*` say how the tests judge its output (listing.toml, as it applies to that
//! version), so that the page says "same as the book" exactly when the tests would. A listing
//! whose listing.toml says why it cannot run there (`[python] wasm = "threads"`) gets
//! `data-wasm-reason` and `data-wasm-why` (the reason in the edition's language) instead, which
//! the page shows in place of the button.
//!
//! A ```rust block (or ```rust,compile_fail) that includes a listing's `.rs` file is wrapped in
//! `<div class="rs-play" data-listing="…" data-crates="chrono chrono-tz=0.10.4 …">`: run.js adds a
//! link that opens the Rust Playground with that program, made when the reader clicks it.

use std::collections::BTreeMap;
use std::path::Path;

use crate::fences::fences;
use crate::versions::Supported;

/// Why a listing cannot run in WebAssembly: the key `listing.toml` uses, then what the page
/// says in English and in Korean. The tests (tests/support/wasm.rs) use the same keys.
pub const REASONS: &[(&str, &str, &str)] = &[
    ("threads", "uses threads", "스레드를 쓴다"),
    (
        "processes",
        "uses processes (multiprocessing)",
        "프로세스를 쓴다(multiprocessing)",
    ),
    (
        "subprocess",
        "runs other programs (subprocess)",
        "다른 프로그램을 실행한다(subprocess)",
    ),
    (
        "input",
        "waits for input (input())",
        "입력을 기다린다(input())",
    ),
    (
        "timezone",
        "changes the time zone (time.tzset)",
        "시간대를 바꾼다(time.tzset)",
    ),
];

/// What the page says for a reason, in the edition's language (`uses threads`).
pub fn reason_text(reason: &str, language: &str) -> Option<&'static str> {
    REASONS
        .iter()
        .find(|(k, ..)| *k == reason)
        .map(|(_, en, ko)| if language == "en" { *en } else { *ko })
}

/// "not run in WebAssembly: uses threads", in the edition's language.
pub fn not_run_text(reason: &str, language: &str) -> String {
    let why = reason_text(reason, language).unwrap_or(reason);
    if language == "en" {
        format!("not run in WebAssembly: {why}")
    } else {
        format!("WebAssembly에서는 실행하지 않음: {why}")
    }
}

/// What a listing's `listing.toml` says about its Python side under one version.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PythonSpec {
    /// `[python] wasm`: why it cannot run in WebAssembly.
    pub wasm: Option<String>,
    pub exit: i64,
    pub timeout: Option<i64>,
    pub unordered: bool,
    pub redact: BTreeMap<String, String>,
    pub env: BTreeMap<String, String>,
}

/// `[python]` of the listing folder's listing.toml as it applies to `version` (the keys of
/// `[python.version."V"]` over it, redact and env extending), as tests/support/listing.rs reads
/// it. No listing.toml: the defaults.
pub fn python_spec(folder: &Path, version: &str) -> Result<PythonSpec, String> {
    let path = folder.join("listing.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(PythonSpec::default());
    };
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut spec = PythonSpec::default();
    let Some(py) = table.get("python").and_then(|p| p.as_table()) else {
        return Ok(spec);
    };
    let apply = |spec: &mut PythonSpec, t: &toml::Table| {
        if let Some(e) = t.get("exit").and_then(|v| v.as_integer()) {
            spec.exit = e;
        }
        if let Some(e) = t.get("timeout").and_then(|v| v.as_integer()) {
            spec.timeout = Some(e);
        }
        if let Some(u) = t.get("unordered").and_then(|v| v.as_bool()) {
            spec.unordered = u;
        }
        for (key, field) in [("redact", &mut spec.redact), ("env", &mut spec.env)] {
            if let Some(map) = t.get(key).and_then(|v| v.as_table()) {
                for (k, v) in map {
                    if let Some(v) = v.as_str() {
                        field.insert(k.clone(), v.to_string());
                    }
                }
            }
        }
    };
    apply(&mut spec, py);
    spec.wasm = py.get("wasm").and_then(|v| v.as_str()).map(str::to_string);
    if let Some(v) = py
        .get("version")
        .and_then(|v| v.get(version))
        .and_then(|v| v.as_table())
    {
        apply(&mut spec, v);
    }
    Ok(spec)
}

/// A value for an HTML attribute in double quotes.
pub fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn json_object(map: &BTreeMap<String, String>) -> String {
    let mut out = String::from("{");
    for (i, (k, v)) in map.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(k).unwrap());
        out.push(':');
        out.push_str(&serde_json::to_string(v).unwrap());
    }
    out.push('}');
    out
}

/// `ch15-scope/04-unbound-local` from `../listings/ch15-scope/04-unbound-local`.
pub fn listing_key(folder: &str) -> String {
    let parts: Vec<&str> = folder.rsplitn(3, '/').take(2).collect();
    format!("{}/{}", parts[1], parts[0])
}

/// The crates of the workspace a Rust file uses (`use chrono::…`, `chrono_tz::Tz`,
/// `#[tokio::main]`), with the version the book pins: `chrono=0.4.45`.
pub fn crates_used(source: &str, pinned: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (name, version) in pinned {
        let ident = name.replace('-', "_");
        let used = source.match_indices(&ident).any(|(i, _)| {
            let before = source[..i].chars().next_back();
            let after = &source[i + ident.len()..];
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_') && after.starts_with("::")
        });
        if used {
            out.push(format!("{name}={version}"));
        }
    }
    out
}

/// The versions `[workspace.dependencies]` of the root Cargo.toml pins (`chrono` → `0.4.45`).
pub fn pinned_crates(book_root: &Path) -> Result<BTreeMap<String, String>, String> {
    let path = book_root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = BTreeMap::new();
    if let Some(deps) = table
        .get("workspace")
        .and_then(|w| w.get("dependencies"))
        .and_then(|d| d.as_table())
    {
        for (name, spec) in deps {
            let v = spec
                .as_str()
                .or_else(|| spec.get("version").and_then(|v| v.as_str()))
                .unwrap_or("*");
            out.insert(name.clone(), v.trim_start_matches('=').to_string());
        }
    }
    Ok(out)
}

/// Wrap every listing's Python block (Run) and Rust block (Playground) of a chapter.
pub fn wrap(
    text: &str,
    chapter_dir: &Path,
    supported: &Supported,
    pinned: &BTreeMap<String, String>,
    language: &str,
) -> Result<String, String> {
    let wasm = supported.0.iter().find(|v| v.ends_with("-wasm"));
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len() + 16);
    let mut next = 0;
    for f in fences(&lines) {
        let Some((folder, file)) = &f.include else {
            continue;
        };
        let lang = f.info.split(',').next().unwrap_or("");
        let dir = chapter_dir.join(folder);
        let key = listing_key(folder);
        let open = if lang == "python" && file == "main.py" {
            let Some(w) = wasm else { continue };
            let spec = python_spec(&dir, w)?;
            match &spec.wasm {
                Some(reason) => format!(
                    r#"<div class="py-run" data-listing="{key}" data-wasm-reason="{}" data-wasm-why="{}">"#,
                    attr(reason),
                    attr(&not_run_text(reason, language))
                ),
                None => format!(
                    r#"<div class="py-run" data-listing="{key}" data-py="{w}" data-exit="{}" data-timeout="{}" data-unordered="{}" data-redact="{}" data-env="{}">"#,
                    spec.exit,
                    spec.timeout.unwrap_or(10),
                    spec.unordered,
                    attr(&json_object(&spec.redact)),
                    attr(&json_object(&spec.env)),
                ),
            }
        } else if lang == "rust" && file.ends_with(".rs") {
            let source = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
            format!(
                r#"<div class="rs-play" data-listing="{key}" data-file="{}" data-crates="{}">"#,
                attr(file),
                crates_used(&source, pinned).join(" ")
            )
        } else {
            continue;
        };
        let ind = &f.indent;
        out.extend(lines[next..f.start].iter().map(|l| l.to_string()));
        out.push(format!("{ind}{open}"));
        out.push(String::new());
        out.extend(lines[f.start..=f.end].iter().map(|l| l.to_string()));
        out.push(String::new());
        out.push(format!("{ind}</div>"));
        next = f.end + 1;
    }
    out.extend(lines[next..].iter().map(|l| l.to_string()));
    Ok(out.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn supported() -> Supported {
        Supported(vec!["3.13".into(), "3.12".into(), "3.14-wasm".into()])
    }

    fn scratch(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        crate::scratch::book(&format!("run-{name}"), files)
    }

    const PY: &str = "```python\n{{#include ../listings/ch01-a/01-b/main.py}}\n```";
    const RS: &str = "```rust\n{{#include ../listings/ch01-a/01-b/main.rs}}\n```";

    #[test]
    fn a_runnable_listing_carries_how_the_tests_judge_it_under_webassembly() {
        let dir = scratch(
            "runnable",
            &[(
                "listing.toml",
                "[python]\nexit = 1\n[python.redact]\n\"[ADDR]\" = '0x[0-9a-f]+'\n[python.version.\"3.14-wasm\"]\nexit = 0\ntimeout = 20\n",
            )],
        );
        let out = wrap(
            &format!("a\n\n{PY}\n\nb"),
            &dir,
            &supported(),
            &BTreeMap::new(),
            "ko",
        )
        .unwrap();
        assert!(out.starts_with("a\n\n<div class=\"py-run\" data-listing=\"ch01-a/01-b\" data-py=\"3.14-wasm\" data-exit=\"0\" data-timeout=\"20\" data-unordered=\"false\" data-redact=\"{&quot;[ADDR]&quot;:&quot;0x[0-9a-f]+&quot;}\" data-env=\"{}\">\n\n```python"), "{out}");
        assert!(out.ends_with("main.py}}\n```\n\n</div>\n\nb"));
    }

    #[test]
    fn a_listing_that_cannot_run_there_says_why_in_the_editions_language() {
        let dir = scratch(
            "declared",
            &[("listing.toml", "[python]\nwasm = \"threads\"\n")],
        );
        let ko = wrap(PY, &dir, &supported(), &BTreeMap::new(), "ko").unwrap();
        assert!(ko.contains(r#"data-wasm-reason="threads" data-wasm-why="WebAssembly에서는 실행하지 않음: 스레드를 쓴다""#));
        let en = wrap(PY, &dir, &supported(), &BTreeMap::new(), "en").unwrap();
        assert!(en.contains(r#"data-wasm-why="not run in WebAssembly: uses threads""#));
        assert!(!en.contains("data-py="));
    }

    #[test]
    fn without_a_webassembly_version_python_blocks_are_left_alone() {
        let dir = scratch("nowasm", &[]);
        let natives = Supported(vec!["3.13".into()]);
        assert_eq!(
            wrap(PY, &dir, &natives, &BTreeMap::new(), "ko").unwrap(),
            PY
        );
    }

    #[test]
    fn rust_blocks_get_the_playground_with_the_crates_they_use() {
        let dir = scratch(
            "rust",
            &[(
                "main.rs",
                "use chrono::Utc;\nfn main() { let _ = chrono_tz::Asia::Seoul; let mychrono = 1; }\n",
            )],
        );
        let pinned: BTreeMap<String, String> = [
            ("chrono", "0.4.45"),
            ("chrono-tz", "0.10.4"),
            ("tokio", "1.54.1"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let out = wrap(RS, &dir, &supported(), &pinned, "en").unwrap();
        assert!(out.starts_with(r#"<div class="rs-play" data-listing="ch01-a/01-b" data-file="main.rs" data-crates="chrono=0.4.45 chrono-tz=0.10.4">"#), "{out}");
        let cf = "```rust,compile_fail\n{{#include ../listings/ch01-a/01-b/fail.rs}}\n```";
        assert!(
            wrap(cf, &dir, &supported(), &pinned, "en")
                .unwrap()
                .contains(r#"data-file="fail.rs" data-crates="""#)
        );
        // outputs are left alone
        let text = "```text\n{{#include ../listings/ch01-a/01-b/rust.out}}\n```";
        assert_eq!(wrap(text, &dir, &supported(), &pinned, "en").unwrap(), text);
    }

    #[test]
    fn every_reason_has_both_languages() {
        for (k, en, ko) in REASONS {
            assert!(!en.is_empty() && !ko.is_empty(), "{k}");
            assert_eq!(reason_text(k, "en"), Some(*en));
        }
        assert_eq!(
            not_run_text("threads", "en"),
            "not run in WebAssembly: uses threads"
        );
    }
}
