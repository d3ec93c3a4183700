//! Every listing, both languages: run it, compare what it prints with its recorded output.
//!
//!     cargo test --test listings                         # all of them
//!     cargo test --test listings -- ch02-01              # a few (substring of `chNN-MM-name`)
//!     SNAPSHOTS=overwrite cargo test --test listings     # re-record; then review `git diff`

mod support;

use libtest_mimic::{Arguments, Failed, Trial};
use support::listing::{self, Lang, Listing, rel, root, verdict};
use support::run;

fn main() {
    let mut args = Arguments::from_args();
    // Most listings sleep or wait on children rather than compute: run more of them at once than
    // there are cores (their timing margins are ≥ 100 ms; `--test-threads` overrides).
    if args.test_threads.is_none() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        args.test_threads = Some(cores * 4);
    }
    let skip_python = std::env::var_os("PYRS_SKIP_PYTHON").is_some();
    if skip_python {
        eprintln!("PYRS_SKIP_PYTHON is set: the Python listings are NOT checked in this run");
    }
    let mut trials = vec![
        Trial::test("layout::chapter_packages", || check(chapter_packages())),
        Trial::test("layout::listing_files", || check(listing_files())),
    ];
    if !skip_python {
        trials.push(Trial::test("layout::python_formatted", || {
            check(python_formatted())
        }));
    }
    for l in listing::all() {
        for lang in [Lang::Python, Lang::Rust] {
            if !l.has(lang) || (lang == Lang::Python && skip_python) {
                continue;
            }
            let name = format!("{}::{}", l.bin(), lang.name());
            let l = l.clone();
            trials.push(Trial::test(name, move || check(run::check(&l, lang))));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn check(r: Result<(), String>) -> Result<(), Failed> {
    r.map_err(Failed::from)
}

/// Each chapter folder is a cargo package named after it, with exactly one `[[bin]]` per listing
/// that has a `main.rs`, named `chNN-<listing>`.
fn chapter_packages() -> Result<(), String> {
    let mut problems = Vec::new();
    for chapter in listing::dirs(&root().join("listings")) {
        let name = chapter.file_name().unwrap().to_string_lossy().to_string();
        let manifest = chapter.join("Cargo.toml");
        let listings: Vec<Listing> = listing::all()
            .into_iter()
            .filter(|l| l.chapter == name)
            .collect();
        let want: Vec<(String, String)> = listings
            .iter()
            .filter(|l| l.has(Lang::Rust))
            .map(|l| (l.bin(), format!("{}/main.rs", l.name)))
            .collect();
        let expected_toml = {
            let mut s = String::new();
            for (bin, path) in &want {
                s.push_str(&format!(
                    "\n[[bin]]\nname = \"{bin}\"\npath = \"{path}\"\ntest = false\n"
                ));
            }
            s
        };
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            problems.push(format!(
                "{} is missing. It should read:\n[package]\nname = \"{name}\"\nversion = \"0.0.0\"\n\
                 edition.workspace = true\npublish.workspace = true\n{expected_toml}",
                rel(&manifest)
            ));
            continue;
        };
        let parsed: toml::Table = match toml::from_str(&text) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{}: {e}", rel(&manifest)));
                continue;
            }
        };
        let pkg = parsed
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(|n| n.as_str());
        if pkg != Some(name.as_str()) {
            problems.push(format!(
                "{}: package name must be \"{name}\" (the folder's name)",
                rel(&manifest)
            ));
        }
        let mut have: Vec<(String, String)> = Vec::new();
        for bin in parsed
            .get("bin")
            .and_then(|b| b.as_array())
            .into_iter()
            .flatten()
        {
            let n = bin
                .get("name")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            let p = bin
                .get("path")
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string();
            if bin.get("test").and_then(|v| v.as_bool()) != Some(false) {
                problems.push(format!(
                    "{}: [[bin]] {n} needs `test = false`",
                    rel(&manifest)
                ));
            }
            have.push((n, p));
        }
        let mut want_sorted = want.clone();
        want_sorted.sort();
        have.sort();
        if have != want_sorted {
            problems.push(format!(
                "{}: its [[bin]] entries must be exactly one per listing with a main.rs:{expected_toml}\
                 (found {have:?})",
                rel(&manifest)
            ));
        }
    }
    verdict(problems, "\n\n")
}

/// Recorded outputs belong to a program; every example pairs Python with Rust.
fn listing_files() -> Result<(), String> {
    let mut problems = Vec::new();
    for l in listing::all() {
        let d = rel(&l.dir);
        let has = |f: &str| l.dir.join(f).is_file();
        if !has("main.py") && !has("main.rs") {
            problems.push(format!(
                "{d}: a listing folder needs main.py and/or main.rs"
            ));
        }
        if has("main.py") && !has("main.rs") && l.compile_fail_files().is_empty() {
            problems.push(format!(
                "{d}: main.py has no Rust translation (main.rs, or NAME.rs + NAME.stderr)"
            ));
        }
        for (out, src) in [("python.out", "main.py"), ("rust.out", "main.rs")] {
            if has(out) && !has(src) {
                problems.push(format!(
                    "{d}/{out}: recorded output of a program that is not there ({src})"
                ));
            }
        }
        for f in listing::files(&l.dir) {
            if f.extension().is_some_and(|e| e == "stderr") && !f.with_extension("rs").is_file() {
                problems.push(format!(
                    "{}: no {} beside it",
                    rel(&f),
                    rel(&f.with_extension("rs"))
                ));
            }
        }
        if let Err(e) = l.spec() {
            problems.push(e);
        }
    }
    verdict(problems, "\n")
}

/// Python listings are ruff-formatted (all but those that are invalid Python on purpose).
fn python_formatted() -> Result<(), String> {
    let py = run::python()?;
    let ruff = py.parent().unwrap().join("ruff");
    let files: Vec<String> = listing::all()
        .into_iter()
        .filter(|l| l.has(Lang::Python))
        .filter(|l| {
            l.spec()
                .map(|s| s.python.format != Some(false))
                .unwrap_or(true)
        })
        .map(|l| rel(&l.dir.join("main.py")))
        .collect();
    if files.is_empty() {
        return Ok(());
    }
    let out = std::process::Command::new(&ruff)
        .current_dir(root())
        .args(["format", "--check", "--diff", "--no-cache"])
        .args(&files)
        .output()
        .map_err(|e| format!("{}: {e}", ruff.display()))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "Python listings are not ruff-formatted; run `{} format listings/` and review:\n{}{}",
            rel(&ruff),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}
