//! The CPython versions the book supports (`listings/python-versions`), finding an interpreter for
//! each on this machine, and one pinned virtual environment per version under `target/pyenv/`.
//!
//! Where an interpreter comes from, in this order, for each supported version `3.X`:
//! 1. `PYRS_PYTHONS`: interpreters named explicitly, separated by `:` (`/opt/py312/bin/python3:…`);
//!    when set, nothing else is searched (and `PYRS_PYTHON`, one interpreter, likewise);
//! 2. `python3.X`, then `python3`, on `PATH`;
//! 3. pyenv's `versions/3.X.*` (its root from `PYENV_ROOT` or `pyenv root`), the newest patch.
//!
//! Every candidate is asked what it is; only CPython of that minor version with the GIL (not a
//! free-threaded build, whose outputs differ) is taken.
//!
//! A version written `3.14-wasm` is CPython 3.14 compiled to WebAssembly (Pyodide): no
//! interpreter is searched for it here; `wasm.rs` runs it in Node.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, OnceLock};

use super::listing::{rel, root};
use super::run::{BLESS, FileLock, target_dir};

pub const VERSIONS_FILE: &str = "listings/python-versions";

/// The supported versions, the primary (whose output is `python.out`) first.
pub fn supported() -> Result<&'static [String], String> {
    static V: OnceLock<Result<Vec<String>, String>> = OnceLock::new();
    V.get_or_init(|| {
        let path = root().join(VERSIONS_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{VERSIONS_FILE}: {e}"))?;
        parse_versions(&text).map_err(|e| format!("{VERSIONS_FILE}: {e}"))
    })
    .as_ref()
    .map(Vec::as_slice)
    .map_err(Clone::clone)
}

/// The supported versions that are native interpreters (every one but `3.X-wasm`).
pub fn native_supported() -> Result<Vec<String>, String> {
    Ok(supported()?
        .iter()
        .filter(|v| !is_wasm(v))
        .cloned()
        .collect())
}

/// `3.14-wasm`: CPython compiled to WebAssembly (Pyodide), run by `wasm.rs`.
pub fn is_wasm(version: &str) -> bool {
    version.ends_with("-wasm")
}

/// How a version is named to readers and in messages: `CPython 3.13`, `CPython 3.14
/// (WebAssembly)` (never a bare 3.14: it is not the native interpreter).
pub fn label(version: &str) -> String {
    match version.strip_suffix("-wasm") {
        Some(v) => format!("CPython {v} (WebAssembly)"),
        None => format!("CPython {version}"),
    }
}

/// Each line: the version, then the release the outputs were recorded with (`3.13 3.13.0`).
pub fn parse_versions(text: &str) -> Result<Vec<String>, String> {
    Ok(parse_lines(text)?.into_iter().map(|(v, _)| v).collect())
}

/// The release each version's outputs were recorded with (`3.11` → `3.11.7`), if the file says.
pub fn recorded_release(version: &str) -> Option<String> {
    let text = std::fs::read_to_string(root().join(VERSIONS_FILE)).ok()?;
    parse_lines(&text)
        .ok()?
        .into_iter()
        .find(|(v, _)| v == version)
        .and_then(|(_, r)| r)
}

fn parse_lines(text: &str) -> Result<Vec<(String, Option<String>)>, String> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for line in text.lines() {
        let mut words = line.split('#').next().unwrap().split_whitespace();
        let Some(v) = words.next() else {
            continue;
        };
        let release = words.next().map(str::to_string);
        let minor = v.strip_suffix("-wasm").unwrap_or(v);
        let ok = minor.split_once('.').is_some_and(|(a, b)| {
            a == "3" && !b.is_empty() && b.chars().all(|c| c.is_ascii_digit())
        });
        if !ok {
            return Err(format!(
                "`{v}` is not a CPython version like 3.13 (or 3.14-wasm, CPython in WebAssembly)"
            ));
        }
        if let Some(r) = &release
            && !r.starts_with(&format!("{minor}."))
        {
            return Err(format!("`{r}` is not a release of {minor}"));
        }
        if out.iter().any(|(o, _)| o == v) {
            return Err(format!("{v} is listed twice"));
        }
        out.push((v.to_string(), release));
    }
    if out.is_empty() {
        return Err("lists no version".into());
    }
    if is_wasm(&out[0].0) {
        return Err("the primary version (the first line) must be a native CPython".into());
    }
    Ok(out)
}

pub fn primary() -> Result<&'static str, String> {
    Ok(supported()?[0].as_str())
}

/// A base interpreter found on this machine.
#[derive(Debug, Clone)]
pub struct Interpreter {
    /// `3.12`
    pub version: String,
    /// `3.12.1`
    pub full: String,
    pub path: PathBuf,
}

/// What was found for each supported version, in the order of `listings/python-versions`.
pub struct Found {
    pub found: Vec<Interpreter>,
    pub missing: Vec<String>,
    /// Every candidate asked, and what it said (for the message when something is missing).
    pub seen: Vec<String>,
}

/// The native versions only (`wasm.rs` finds the WebAssembly one).
pub fn found() -> &'static Result<Found, String> {
    static F: OnceLock<Result<Found, String>> = OnceLock::new();
    F.get_or_init(|| {
        let versions = native_supported()?;
        let mut f = Found {
            found: Vec::new(),
            missing: Vec::new(),
            seen: Vec::new(),
        };
        for v in &versions {
            match find(v, &mut f.seen) {
                Some(i) => f.found.push(i),
                None => f.missing.push(v.clone()),
            }
        }
        let mut unique = Vec::new();
        for s in f.seen.drain(..) {
            if !unique.contains(&s) {
                unique.push(s);
            }
        }
        f.seen = unique;
        Ok(f)
    })
}

fn find(version: &str, seen: &mut Vec<String>) -> Option<Interpreter> {
    let explicit = std::env::var("PYRS_PYTHONS")
        .ok()
        .or_else(|| std::env::var("PYRS_PYTHON").ok());
    let candidates: Vec<PathBuf> = match explicit {
        Some(list) => std::env::split_paths(&list).collect(),
        None => {
            let mut c = vec![PathBuf::from(format!("python{version}")), "python3".into()];
            c.extend(pyenv_versions(version));
            c
        }
    };
    candidates
        .into_iter()
        .filter_map(|c| probe(&c, seen))
        .find(|i| i.version == version)
}

/// `<pyenv root>/versions/3.X.*/bin/python3.X`, newest patch first (none if pyenv is not here).
fn pyenv_versions(version: &str) -> Vec<PathBuf> {
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| {
            let out = Command::new("pyenv").arg("root").output().ok()?;
            out.status
                .success()
                .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        });
    let Some(root) = root else { return Vec::new() };
    let mut v: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir(root.join("versions"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let patch = name.strip_prefix(&format!("{version}."))?;
            let patch: u32 = patch.parse().ok()?; // 3.13.0, not 3.13.0t or 3.13-dev
            let exe = e.path().join(format!("bin/python{version}"));
            exe.is_file().then_some((vec![patch], exe))
        })
        .collect();
    v.sort();
    v.into_iter().rev().map(|(_, p)| p).collect()
}

const PROBE: &str = "import sys, sysconfig; print(sys.implementation.name, '%d.%d.%d' % sys.version_info[:3], \
                     sysconfig.get_config_var('Py_GIL_DISABLED') or 0)";

/// Ask `exe` what it is; `None` (and a note in `seen`) unless it is a usable CPython.
fn probe(exe: &Path, seen: &mut Vec<String>) -> Option<Interpreter> {
    type Probed = (PathBuf, Option<Interpreter>, String);
    static CACHE: OnceLock<Mutex<Vec<Probed>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some((_, i, note)) = cache.lock().unwrap().iter().find(|(p, ..)| p == exe) {
        seen.push(note.clone());
        return i.clone();
    }
    let (interp, note) = match Command::new(exe).args(["-c", PROBE]).output() {
        Err(_) => (None, format!("{}: not found", exe.display())),
        Ok(out) if !out.status.success() => (
            None,
            format!(
                "{}: does not run ({})",
                exe.display(),
                first_line(&out.stderr)
            ),
        ),
        Ok(out) => {
            let said = String::from_utf8_lossy(&out.stdout).trim().to_string();
            let parts: Vec<&str> = said.split_whitespace().collect();
            match parts.as_slice() {
                ["cpython", full, "0"] => {
                    let version = full.rsplit_once('.').map_or(*full, |(v, _)| v).to_string();
                    let path = resolve(exe);
                    let note = format!("{}: CPython {full}", exe.display());
                    (
                        Some(Interpreter {
                            version,
                            full: full.to_string(),
                            path,
                        }),
                        note,
                    )
                }
                ["cpython", full, _] => (
                    None,
                    format!(
                        "{}: CPython {full}, free-threaded (not supported)",
                        exe.display()
                    ),
                ),
                _ => (None, format!("{}: not CPython ({said})", exe.display())),
            }
        }
    };
    seen.push(note.clone());
    cache
        .lock()
        .unwrap()
        .push((exe.to_path_buf(), interp.clone(), note));
    interp
}

fn first_line(b: &[u8]) -> String {
    String::from_utf8_lossy(b)
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .to_string()
}

/// The real interpreter behind a name on PATH (a pyenv shim would pick a version by directory).
fn resolve(exe: &Path) -> PathBuf {
    Command::new(exe)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .ok()
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
        .filter(|p| p.is_file())
        .unwrap_or_else(|| exe.to_path_buf())
}

/// How to get a missing version, for messages.
pub fn how_to_add(missing: &[String]) -> String {
    let paths: Vec<String> = missing
        .iter()
        .map(|v| format!("/path/to/python{v}"))
        .collect();
    format!(
        "install CPython {} (e.g. `pyenv install {}`, or your system's python{} package) so that \
         python3.X is on PATH, or name the interpreters explicitly: PYRS_PYTHONS={} cargo test",
        missing.join(", "),
        missing.first().map_or("3.X", String::as_str),
        missing.first().map_or("3.X", String::as_str),
        paths.join(":")
    )
}

/// The message for "no supported interpreter at all".
pub fn none_found_message(f: &Found) -> String {
    let versions = native_supported().map(|v| v.join(", ")).unwrap_or_default();
    format!(
        "No supported CPython found. The book checks its Python listings under CPython {versions} \
         ({VERSIONS_FILE}); this machine offers:\n  {}\nFix: {}. To run only the Rust side on \
         purpose: PYRS_SKIP_PYTHON=1 cargo test",
        if f.seen.is_empty() {
            "nothing".to_string()
        } else {
            f.seen.join("\n  ")
        },
        how_to_add(&f.missing)
    )
}

/// The pinned environment of one version: `target/pyenv/3.X/bin/python`, made from the base
/// interpreter and `listings/requirements.txt`, re-made when either changes. Safe when trials
/// (and test processes) ask for it in parallel: one makes it under a lock, the others wait.
pub fn venv(i: &Interpreter) -> Result<PathBuf, String> {
    type Made = (String, Result<PathBuf, String>);
    static MADE: OnceLock<Mutex<Vec<Made>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    let mut made = made.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, r)) = made.iter().find(|(v, _)| *v == i.version) {
        return r.clone();
    }
    let r = provision(i);
    made.push((i.version.clone(), r.clone()));
    r
}

fn provision(i: &Interpreter) -> Result<PathBuf, String> {
    let reqs_path = root().join("listings/requirements.txt");
    let reqs =
        std::fs::read_to_string(&reqs_path).map_err(|e| format!("{}: {e}", rel(&reqs_path)))?;
    let base = target_dir().join("pyenv");
    let venv = base.join(&i.version);
    let stamp = venv.join("pyrs-stamp.txt");
    let want_stamp = format!("CPython {} at {}\n{reqs}", i.full, i.path.display());
    let py = venv.join("bin/python");
    let current = || {
        py.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(want_stamp.as_str())
    };
    if current() {
        return Ok(py);
    }
    std::fs::create_dir_all(&base).map_err(|e| format!("{}: {e}", base.display()))?;
    let _guard = FileLock::acquire(&base.join(format!("{}.lock", i.version)))?;
    if current() {
        return Ok(py); // another test process made it while we waited
    }
    eprintln!(
        "setting up the pinned Python {} environment in {} …",
        i.full,
        venv.display()
    );
    let steps: [Vec<String>; 2] = [
        vec![
            i.path.display().to_string(),
            "-m".into(),
            "venv".into(),
            "--clear".into(),
            venv.display().to_string(),
        ],
        vec![
            py.display().to_string(),
            "-m".into(),
            "pip".into(),
            "install".into(),
            "--quiet".into(),
            "--disable-pip-version-check".into(),
            "-r".into(),
            reqs_path.display().to_string(),
        ],
    ];
    for step in &steps {
        let out = Command::new(&step[0])
            .args(&step[1..])
            .output()
            .map_err(|e| format!("{}: {e}", step.join(" ")))?;
        if !out.status.success() {
            return Err(format!(
                "setting up Python {} failed: `{}`\n{}{}\n(Debian: `apt-get install python3-venv`; \
                 the first run needs PyPI for listings/requirements.txt)",
                i.full,
                step.join(" "),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    std::fs::write(&stamp, want_stamp).map_err(|e| format!("{}: {e}", stamp.display()))?;
    Ok(py)
}

/// The interpreter found for `version`, if any.
pub fn interpreter(version: &str) -> Option<&'static Interpreter> {
    found()
        .as_ref()
        .ok()?
        .found
        .iter()
        .find(|i| i.version == version)
}

/// The recorded output a version is compared with: `python.out` for the primary, else
/// `python-3.X.out` where that version prints something else.
pub fn variant_file(version: &str) -> String {
    format!("python-{version}.out")
}

/// `python-3.12.out` → `3.12`.
pub fn variant_version(file_name: &str) -> Option<&str> {
    file_name
        .strip_prefix("python-")
        .and_then(|s| s.strip_suffix(".out"))
}

pub fn rerecord_hint(bin: &str) -> String {
    format!("{BLESS} -- {bin}")
}

/// A note when this machine's release of a version is not the one its outputs were recorded
/// with: patch releases can print differently (standard-library line numbers in tracebacks,
/// a fixed caret position), so a difference may come from that rather than from the listing.
pub fn release_note(i: &Interpreter) -> Option<String> {
    release_note_for(&i.version, &i.full)
}

/// The same note for a version and the release found for it (`3.14-wasm`, `3.14.3`).
pub fn release_note_for(version: &str, full: &str) -> Option<String> {
    let recorded = recorded_release(version)?;
    let what = if is_wasm(version) {
        format!("{} {full}", label(version))
    } else {
        format!("CPython {full}")
    };
    (recorded != full).then(|| {
        format!(
            "{what} is checked here, but its outputs were recorded with {recorded} ({VERSIONS_FILE}): \
             patch releases can print differently (line numbers inside the standard library, caret positions)"
        )
    })
}
