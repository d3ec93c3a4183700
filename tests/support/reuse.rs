//! A check that passed is not run again while nothing it depends on changed — as cargo does not
//! recompile an unchanged crate. Used by each listing's trials (tests/support/run.rs), the book's
//! builds (tests/book.rs), the compile_fail cases (tests/compile_fail.rs) and skeptic's compile
//! checks (tests/skeptic.rs). The inputs of a check are hashed into a fingerprint; a pass
//! writes it to `target/checks/KIND/NAME`; the next run with the same fingerprint reports the check
//! as reused instead of running it. Never where `CI` or `PYRS_RERUN` is set (`allowed`): CI always
//! runs everything, which is what catches a check whose inputs are not all named here.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::run::target_dir;

/// Reuse is off where `CI` or `PYRS_RERUN` is set (and the callers pass no fingerprint when
/// re-recording): CI always runs every check, which is what catches a check whose result is not
/// a function of the inputs its fingerprint names.
pub fn allowed() -> bool {
    std::env::var_os("CI").is_none() && std::env::var_os("PYRS_RERUN").is_none()
}

/// How many checks were reused in this process.
pub static REUSED: AtomicUsize = AtomicUsize::new(0);

/// Everything a check depends on, hashed. A part that cannot be read makes the fingerprint
/// `None`, and then the check runs.
pub struct Fingerprint {
    h: DefaultHasher,
    ok: bool,
}

impl Fingerprint {
    pub fn new(kind: &str) -> Fingerprint {
        let mut h = DefaultHasher::new();
        kind.hash(&mut h);
        include_str!("reuse.rs").hash(&mut h);
        Fingerprint { h, ok: true }
    }

    pub fn text(mut self, s: &str) -> Fingerprint {
        s.hash(&mut self.h);
        self
    }

    /// A file's name and contents.
    pub fn file(mut self, p: &Path) -> Fingerprint {
        match std::fs::read(p) {
            Ok(b) => (p, b).hash(&mut self.h),
            Err(_) => self.ok = false,
        }
        self
    }

    /// Every file under `dir` (names and contents, in a fixed order), skipping dot files and
    /// `__pycache__`.
    pub fn tree(mut self, dir: &Path) -> Fingerprint {
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else {
                self.ok = false;
                return self;
            };
            let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
            entries.sort();
            for p in entries {
                let name = p.file_name().unwrap_or_default().to_string_lossy();
                if name.starts_with('.') || name == "__pycache__" {
                    continue;
                }
                if p.is_dir() {
                    stack.push(p);
                } else {
                    self = self.file(&p);
                }
            }
        }
        self
    }

    /// A program by its path, size and modification time (a reinstalled tool is another one).
    pub fn program(mut self, p: &Path) -> Fingerprint {
        match std::fs::metadata(p).and_then(|m| Ok((m.len(), m.modified()?))) {
            Ok(m) => (p, m).hash(&mut self.h),
            Err(_) => self.ok = false,
        }
        self
    }

    /// The compiler: `rustc -vV` (or `$RUSTC -vV`), read once per process.
    pub fn rustc(self) -> Fingerprint {
        static VERSION: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
        let v = VERSION.get_or_init(|| {
            let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
            let out = std::process::Command::new(rustc).arg("-vV").output().ok()?;
            out.status
                .success()
                .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
        });
        match v {
            Some(v) => self.text(v),
            None => Fingerprint { ok: false, ..self },
        }
    }

    /// Environment variables whose names start with `prefix`, and `PATH`.
    pub fn env(mut self, prefix: &str) -> Fingerprint {
        let mut vars: Vec<(String, String)> = std::env::vars_os()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.to_string_lossy().into_owned(),
                )
            })
            .filter(|(k, _)| k.starts_with(prefix) || k == "PATH")
            .collect();
        vars.sort();
        vars.hash(&mut self.h);
        self
    }

    pub fn finish(self) -> Option<String> {
        self.ok.then(|| format!("{:016x}\n", self.h.finish()))
    }
}

fn stamp(kind: &str, name: &str) -> PathBuf {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    target_dir().join("checks").join(kind).join(safe)
}

/// Whether `kind`/`name` passed before with exactly this fingerprint (and reuse is allowed).
pub fn matches(kind: &str, name: &str, fingerprint: Option<&str>) -> bool {
    let Some(f) = fingerprint else { return false };
    allowed() && std::fs::read_to_string(stamp(kind, name)).ok().as_deref() == Some(f)
}

/// `matches`, counted as a reuse when it does.
pub fn passed_before(kind: &str, name: &str, fingerprint: Option<&str>) -> bool {
    let same = matches(kind, name, fingerprint);
    if same {
        REUSED.fetch_add(1, Ordering::Relaxed);
    }
    same
}

/// Record a pass (or forget the last one, when the check failed or has no fingerprint).
pub fn record(kind: &str, name: &str, fingerprint: Option<&str>, passed: bool) {
    let path = stamp(kind, name);
    let _ = std::fs::remove_file(&path);
    if let (true, Some(f)) = (passed, fingerprint) {
        let _ = std::fs::create_dir_all(path.parent().unwrap());
        let _ = std::fs::write(&path, f);
    }
}

/// Run `check` unless it passed before with `fingerprint`; record the outcome.
pub fn run(
    kind: &str,
    name: &str,
    fingerprint: Option<String>,
    check: impl FnOnce() -> Result<(), String>,
) -> Result<(), String> {
    if passed_before(kind, name, fingerprint.as_deref()) {
        return Ok(());
    }
    let r = check();
    record(kind, name, fingerprint.as_deref(), r.is_ok());
    r
}

/// The line each test binary prints when it reused something.
pub fn report(what: &str) {
    let n = REUSED.load(Ordering::Relaxed);
    if n > 0 {
        eprintln!(
            "{n} {what} passed before with exactly these inputs and were not run again; \
             PYRS_RERUN=1 runs them all (CI always does)"
        );
    }
}
