//! The listing folders under `listings/` and what their `listing.toml` says.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Paths in messages: relative to the project root.
pub fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Python,
    Rust,
}

impl Lang {
    pub fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Rust => "rust",
        }
    }
    pub fn source(self) -> &'static str {
        match self {
            Lang::Python => "main.py",
            Lang::Rust => "main.rs",
        }
    }
    pub fn output(self) -> &'static str {
        match self {
            Lang::Python => "python.out",
            Lang::Rust => "rust.out",
        }
    }
}

/// `listing.toml`: one optional table per language.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    #[serde(default)]
    pub python: RunSpec,
    #[serde(default)]
    pub rust: RunSpec,
}

#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunSpec {
    /// Expected exit status (default 0).
    #[serde(default)]
    pub exit: i32,
    /// Seconds before the run is killed (default 10).
    pub timeout: Option<u64>,
    /// Lines may come in any order.
    #[serde(default)]
    pub unordered: bool,
    /// Placeholder (`[ELAPSED]`) -> regex of the text it stands for.
    #[serde(default)]
    pub redact: BTreeMap<String, String>,
    /// Python only: `false` for a file that is not valid Python on purpose (a SyntaxError demo),
    /// so the formatter cannot read it.
    pub format: Option<bool>,
    /// Extra environment variables.
    #[serde(default)]
    pub env: BTreeMap<String, String>,
    /// Python only: why the listing cannot run in WebAssembly (CPython 3.14 in Pyodide, the
    /// page's Run button): `threads`, `processes`, `subprocess`, `input`, `timezone` (see
    /// wasm.rs). The page then shows the reason instead of a Run button, and the tests check
    /// that it does fail there.
    pub wasm: Option<String>,
    /// Python only: what differs under one CPython version, e.g. `[python.version."3.11"]`
    /// with `exit = 1`. Its keys are merged over the table above (redact and env extend it).
    #[serde(default)]
    pub version: BTreeMap<String, VersionSpec>,
}

/// The keys of `RunSpec` that one CPython version may set differently.
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionSpec {
    pub exit: Option<i32>,
    pub timeout: Option<u64>,
    pub unordered: Option<bool>,
    #[serde(default)]
    pub redact: BTreeMap<String, String>,
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

impl RunSpec {
    /// This spec as it applies under CPython `version` (`3.12`).
    pub fn for_version(&self, version: &str) -> RunSpec {
        let mut s = self.clone();
        s.version.clear();
        if let Some(v) = self.version.get(version) {
            if let Some(e) = v.exit {
                s.exit = e;
            }
            if v.timeout.is_some() {
                s.timeout = v.timeout;
            }
            if let Some(u) = v.unordered {
                s.unordered = u;
            }
            s.redact.extend(v.redact.clone());
            s.env.extend(v.env.clone());
        }
        s
    }
}

impl Spec {
    pub fn get(&self, lang: Lang) -> &RunSpec {
        match lang {
            Lang::Python => &self.python,
            Lang::Rust => &self.rust,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Listing {
    /// `listings/ch02-str-repr/01-student`
    pub dir: PathBuf,
    /// `ch02-str-repr`: the chapter folder, also the cargo package name.
    pub chapter: String,
    /// `01-student`
    pub name: String,
}

impl Listing {
    /// The cargo bin target of `main.rs`: `ch02-01-student`.
    pub fn bin(&self) -> String {
        let prefix = self.chapter.split('-').next().unwrap_or(&self.chapter);
        format!("{prefix}-{}", self.name)
    }

    pub fn has(&self, lang: Lang) -> bool {
        self.dir.join(lang.source()).is_file()
    }

    pub fn spec(&self) -> Result<Spec, String> {
        let path = self.dir.join("listing.toml");
        if !path.exists() {
            return Ok(Spec::default());
        }
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", rel(&path)))?;
        toml::from_str(&text).map_err(|e| format!("{}: {e}", rel(&path)))
    }

    /// Programs that must not compile: `NAME.rs` beside `NAME.stderr` (any `.rs` but `main.rs`).
    pub fn compile_fail_files(&self) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = files(&self.dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "rs") && !p.ends_with("main.rs"))
            .collect();
        v.sort();
        v
    }
}

/// Every listing folder: `listings/<chapter>/<name>/`, sorted.
pub fn all() -> Vec<Listing> {
    let base = root().join("listings");
    let mut out = Vec::new();
    for chapter in dirs(&base) {
        if chapter
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        let chapter_name = chapter.file_name().unwrap().to_string_lossy().to_string();
        for dir in dirs(&chapter) {
            let name = dir.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with('.') || name == "target" || name == "__pycache__" {
                continue; // tool caches (.ruff_cache), not listings
            }
            out.push(Listing {
                dir,
                chapter: chapter_name.clone(),
                name,
            });
        }
    }
    out
}

pub fn dirs(p: &Path) -> Vec<PathBuf> {
    entries(p, Path::is_dir)
}

pub fn files(p: &Path) -> Vec<PathBuf> {
    entries(p, Path::is_file)
}

fn entries(p: &Path, keep: fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(p)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| keep(p))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// A check's result: every problem found, or none.
pub fn verdict(problems: Vec<String>, separator: &str) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join(separator))
    }
}
