//! Every listing, both languages: run it, compare what it prints with its recorded output.
//!
//!     cargo test --test listings                         # all of them
//!     cargo test --test listings -- ch02-01              # a few (substring of `chNN-MM-name`)
//!     SNAPSHOTS=overwrite cargo test --test listings     # re-record; then review `git diff`

mod support;

use libtest_mimic::{Arguments, Failed, Trial};
use support::listing::{self, Lang, Listing, rel, root, verdict};
use support::python;
use support::run::{self, Side};
use support::wasm;

fn main() {
    let mut args = Arguments::from_args();
    // Most listings sleep or wait on children rather than compute: run more of them at once than
    // there are cores (their timing margins are ≥ 100 ms; `--test-threads` overrides).
    if args.test_threads.is_none() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        args.test_threads = Some(cores * 4);
    }
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let skip_python = std::env::var_os("PYRS_SKIP_PYTHON").is_some();
    let mut notice = String::new();
    let mut versions: Vec<String> = Vec::new();
    if skip_python {
        notice = "PYRS_SKIP_PYTHON is set: the Python listings are NOT checked in this run".into();
    } else if let Ok(f) = python::found() {
        versions = f.found.iter().map(|i| i.version.clone()).collect();
        if !f.missing.is_empty() && !f.found.is_empty() {
            notice = format!(
                "CPython {} not found: the Python listings are NOT checked under {} in this run \
                 (checked: {}). To add {}: {}.{}",
                f.missing.join(", "),
                if f.missing.len() == 1 { "it" } else { "them" },
                f.found
                    .iter()
                    .map(|i| format!("{} ({})", i.full, i.path.display()))
                    .collect::<Vec<_>>()
                    .join(", "),
                if f.missing.len() == 1 { "it" } else { "them" },
                python::how_to_add(&f.missing),
                if overwrite {
                    " Their python-3.X.out files were not re-recorded."
                } else {
                    ""
                }
            );
        }
    }
    if let Ok(f) = python::found() {
        for note in f.found.iter().filter_map(python::release_note) {
            notice.push_str(if notice.is_empty() { "" } else { "\n*** " });
            notice.push_str(&note);
        }
    }
    // CPython in WebAssembly (Pyodide, run in Node): a fourth version, `3.14-wasm`.
    let wasm_versions: Vec<String> = python::supported()
        .map(|v| v.iter().filter(|v| python::is_wasm(v)).cloned().collect())
        .unwrap_or_default();
    let mut wasm_missing = None;
    if !skip_python && !wasm_versions.is_empty() {
        if std::env::var_os("PYRS_SKIP_WASM").is_some() {
            if std::env::var_os("CI").is_some() {
                wasm_missing = Some(
                    "CI is set, and CI checks every supported version: PYRS_SKIP_WASM must not be set".to_string(),
                );
            }
            notice.push_str(if notice.is_empty() { "" } else { "\n*** " });
            notice.push_str(&format!(
                "PYRS_SKIP_WASM is set: the Python listings are NOT checked under {} in this run",
                wasm_versions
                    .iter()
                    .map(|v| python::label(v))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        } else {
            match wasm::available() {
                Ok(()) => versions.extend(wasm_versions.iter().cloned()),
                Err(e) => wasm_missing = Some(e),
            }
        }
    }
    if !notice.is_empty() {
        eprintln!("\n*** {notice}\n");
    }
    let mut trials = vec![
        Trial::test("layout::chapter_packages", || check(chapter_packages())),
        Trial::test("layout::listing_files", || check(listing_files())),
        Trial::test("layout::wasm_wheels_pinned_like_the_native_ones", || {
            check(wasm_wheels_pinned())
        }),
        Trial::test("self_test::the_checks_reject_what_they_must", move || {
            check(the_checks_reject_what_they_must())
        }),
    ];
    if let Some(e) = wasm_missing {
        trials.push(Trial::test("python::wasm_engine_found", move || {
            Err(Failed::from(e.clone()))
        }));
    }
    if !skip_python {
        trials.push(Trial::test("python::supported_versions_found", || {
            check(supported_versions_found())
        }));
        trials.push(Trial::test("layout::python_formatted", || {
            check(python_formatted())
        }));
        trials.push(Trial::test("layout::recorded_releases_named", || {
            check(recorded_releases_named())
        }));
    }
    let mut wasm_trials = Vec::new();
    for l in listing::all() {
        let mut sides = Vec::new();
        if l.has(Lang::Python) {
            sides.extend(versions.iter().map(|v| Side::Python(v.clone())));
        }
        if l.has(Lang::Rust) {
            sides.push(Side::Rust);
        }
        for side in sides {
            let name = format!("{}::{}", l.bin(), side.name());
            if let Side::Python(v) = &side
                && python::is_wasm(v)
                && !args.is_filtered_out(&Trial::test(name.clone(), || Ok(())))
            {
                wasm_trials.push((name.clone(), l.clone(), v.clone()));
            }
            let l = l.clone();
            trials.push(Trial::test(name, move || {
                check(run::check(&l, &side, overwrite))
            }));
        }
    }
    // CPython in WebAssembly runs in a few long-lived engines: start them on this run's listings
    // now, alongside the native trials (each trial then takes its result).
    if !overwrite && !args.list && !wasm_trials.is_empty() {
        run::wasm_prefetch(&wasm_trials);
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if let Some(ready) = wasm::started() {
        for v in &wasm_versions {
            if let Some(note) = python::release_note_for(v, &ready.python) {
                notice.push_str(if notice.is_empty() { "" } else { "\n*** " });
                notice.push_str(&format!("{note} (Pyodide {})", ready.pyodide));
            }
        }
    }
    support::reuse::report(
        "listing run(s) (program, recorded output, interpreter or binary, harness)",
    );
    if !notice.is_empty() {
        eprintln!("\n*** {notice}\n");
    }
    conclusion.exit();
}

fn check(r: Result<(), String>) -> Result<(), Failed> {
    r.map_err(Failed::from)
}

/// Every supported CPython was found; a missing one fails only where `CI` is set (elsewhere the
/// run says loudly what it skipped), none at all fails everywhere.
fn supported_versions_found() -> Result<(), String> {
    let f = python::found().as_ref().map_err(Clone::clone)?;
    if f.found.is_empty() {
        return Err(python::none_found_message(f));
    }
    if !f.missing.is_empty() && std::env::var_os("CI").is_some() {
        return Err(format!(
            "CI is set, and CI checks every supported version: CPython {} not found. Asked:\n  {}\nFix: {}",
            f.missing.join(", "),
            f.seen.join("\n  "),
            python::how_to_add(&f.missing)
        ));
    }
    Ok(())
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

/// The releases the outputs were recorded with (`listings/python-versions`) are the ones the
/// publish workflow installs and the ones the intro names: a patch release can print otherwise.
fn recorded_releases_named() -> Result<(), String> {
    let mut problems = Vec::new();
    // the native ones: CPython in WebAssembly comes with Pyodide (wasm/package-lock.json)
    for v in &python::native_supported()? {
        let Some(release) = python::recorded_release(v) else {
            problems.push(format!(
                "{}: the line of {v} does not say which release its outputs were recorded with (`{v} {v}.N`)",
                python::VERSIONS_FILE
            ));
            continue;
        };
        for (file, what) in [
            (
                ".github/workflows/publish.yml",
                "setup-python's python-version list",
            ),
            ("src/intro.md", "the reader's requirements"),
        ] {
            let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
            if !text.contains(&release) {
                problems.push(format!(
                    "{file} ({what}) does not name CPython {release}, the release {} records for {v}",
                    python::VERSIONS_FILE
                ));
            }
        }
    }
    verdict(problems, "\n")
}

/// Recorded outputs belong to a program; every example pairs Python with Rust; a per-version
/// output exists only for a supported, non-primary version, and only where it differs.
fn listing_files() -> Result<(), String> {
    let mut problems = Vec::new();
    for l in listing::all() {
        problems.extend(listing_problems(&l));
    }
    verdict(problems, "\n")
}

fn listing_problems(l: &Listing) -> Vec<String> {
    let mut problems = Vec::new();
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
    let supported = python::supported().unwrap_or_default();
    let primary = supported.first().map(String::as_str).unwrap_or("");
    let rerecord = format!("{} -- {}", run::BLESS, l.bin());
    for f in listing::files(&l.dir) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if f.extension().is_some_and(|e| e == "stderr") && !f.with_extension("rs").is_file() {
            problems.push(format!(
                "{}: no {} beside it",
                rel(&f),
                rel(&f.with_extension("rs"))
            ));
        }
        if !name.ends_with(".out") || name == "python.out" || name == "rust.out" {
            continue;
        }
        let Some(v) = python::variant_version(&name) else {
            problems.push(format!(
                "{}: not a recorded output the tests know (python.out, python-3.X.out, rust.out): rename or delete it",
                rel(&f)
            ));
            continue;
        };
        if v == primary {
            problems.push(format!(
                "{}: CPython {v} is the primary version ({}), whose output is python.out: delete this file",
                rel(&f),
                python::VERSIONS_FILE
            ));
        } else if !supported.iter().any(|s| s == v) {
            problems.push(format!(
                "{}: CPython {v} is not a supported version ({} lists {}): delete it, or add the version there and re-record: `{rerecord}`",
                rel(&f),
                python::VERSIONS_FILE,
                supported.join(", ")
            ));
        } else if !has("main.py") {
            problems.push(format!(
                "{}: recorded output of a program that is not there (main.py)",
                rel(&f)
            ));
        } else if python::is_wasm(v)
            && let Ok(spec) = l.spec()
            && let Some(reason) = &spec.python.wasm
        {
            problems.push(format!(
                "{}: the listing declares it does not run in WebAssembly (wasm = \"{reason}\" in its listing.toml): delete this file",
                rel(&f)
            ));
        } else if std::fs::read(&f).ok() == std::fs::read(l.dir.join("python.out")).ok() {
            problems.push(format!(
                "{}: identical to python.out; a per-version output exists only where that version prints something else. \
                 Delete it (`{rerecord}` deletes it too)",
                rel(&f)
            ));
        }
    }
    match l.spec() {
        Err(e) => problems.push(e),
        Ok(spec) => {
            for v in spec.python.version.keys() {
                if !supported.iter().any(|s| s == v) {
                    problems.push(format!(
                        "{d}/listing.toml: [python.version.\"{v}\"]: {v} is not a supported version ({} lists {})",
                        python::VERSIONS_FILE,
                        supported.join(", ")
                    ));
                }
            }
            if !spec.rust.version.is_empty() {
                problems.push(format!(
                    "{d}/listing.toml: [rust.version.…]: only the Python side has per-version settings"
                ));
            }
            if spec.rust.wasm.is_some() {
                problems.push(format!(
                    "{d}/listing.toml: [rust] wasm: only the Python side runs in WebAssembly (put it under [python])"
                ));
            }
            if let Some(r) = &spec.python.wasm
                && !wasm::known_reason(r)
            {
                problems.push(format!(
                    "{d}/listing.toml: [python] wasm = \"{r}\": not a reason the page knows (one of: {})",
                    wasm::reason_keys()
                ));
            }
            if spec.python.wasm.is_some() && !has("main.py") {
                problems.push(format!(
                    "{d}/listing.toml: [python] wasm: there is no main.py"
                ));
            }
        }
    }
    problems
}

/// The wheels CPython in WebAssembly gets (wasm/wheels.json) are the versions the native
/// environments get (listings/requirements.txt), each with its sha256, and name the wheel file.
fn wasm_wheels_pinned() -> Result<(), String> {
    let path = root().join("wasm/wheels.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("wasm/wheels.json: {e}"))?;
    let wheels: Vec<serde_json::Value> =
        serde_json::from_str(&text).map_err(|e| format!("wasm/wheels.json: {e}"))?;
    let reqs = std::fs::read_to_string(root().join("listings/requirements.txt"))
        .map_err(|e| format!("listings/requirements.txt: {e}"))?;
    let native: Vec<(String, String)> = reqs
        .lines()
        .filter_map(|l| l.split('#').next().unwrap().trim().split_once("=="))
        .map(|(n, v)| (n.trim().to_lowercase(), v.trim().to_string()))
        .collect();
    let mut problems = Vec::new();
    for w in &wheels {
        let req = w["requirement"].as_str().unwrap_or("");
        let Some((name, version)) = req.split_once("==") else {
            problems.push(format!(
                "wasm/wheels.json: requirement {req:?} must pin a version (name==x.y)"
            ));
            continue;
        };
        let file = w["file"].as_str().unwrap_or("");
        let stem = format!("{}-{version}-", name.replace('-', "_"));
        if !file.starts_with(&stem) || !file.ends_with("-none-any.whl") {
            problems.push(format!(
                "wasm/wheels.json: {req}: file {file:?} is not its pure-Python wheel ({stem}…-none-any.whl)"
            ));
        }
        if w["sha256"].as_str().is_none_or(|h| h.len() != 64) {
            problems.push(format!("wasm/wheels.json: {req}: no sha256"));
        }
        if let Some((_, v)) = native.iter().find(|(n, _)| *n == name.to_lowercase())
            && v != version
        {
            problems.push(format!(
                "wasm/wheels.json pins {req}, listings/requirements.txt {name}=={v}: the WebAssembly version must \
                 get the same release (change wasm/wheels.json: requirement, file and sha256 from PyPI)"
            ));
        }
    }
    verdict(problems, "\n")
}

/// Python listings are ruff-formatted (all but those that are invalid Python on purpose).
fn python_formatted() -> Result<(), String> {
    let f = python::found().as_ref().map_err(Clone::clone)?;
    let Some(first) = f.found.first() else {
        return Err(python::none_found_message(f));
    };
    let py = python::venv(first)?;
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

/// The checks above can fail: a drifted per-version output, a variant identical to python.out,
/// a variant for an unsupported or the primary version, a stray output and a per-version setting
/// for an unsupported version are each rejected, with a message naming the file and the fix.
fn the_checks_reject_what_they_must() -> Result<(), String> {
    let supported = python::supported()?;
    let base = run::target_dir().join("self-test/listings/ch99-self-test");
    let _ = std::fs::remove_dir_all(&base);
    let mut wrong = Vec::new();
    let make = |name: &str, files: &[(&str, &str)]| -> Result<Listing, String> {
        let dir = base.join(name);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for (f, body) in files {
            std::fs::write(dir.join(f), body).map_err(|e| format!("{f}: {e}"))?;
        }
        Ok(Listing {
            dir,
            chapter: "ch99-self-test".into(),
            name: name.into(),
        })
    };
    let expect = |wrong: &mut Vec<String>, what: &str, problems: Vec<String>, needles: &[&str]| {
        let all = problems.join("\n");
        if problems.is_empty() || needles.iter().any(|n| !all.contains(n)) {
            wrong.push(format!(
                "{what}: expected a problem mentioning {needles:?}, got: {all:?}"
            ));
        }
    };
    let program = [
        ("main.py", "print('hello')\n"),
        ("main.rs", "fn main() {}\n"),
        ("python.out", "hello\n"),
    ];
    let other = supported.get(1).cloned();
    if let Some(v) = &other {
        let variant = python::variant_file(v);
        let l = make(
            "01-same",
            &[program[0], program[1], program[2], (&variant, "hello\n")],
        )?;
        expect(
            &mut wrong,
            "a variant identical to python.out",
            listing_problems(&l),
            &[&variant, "identical to python.out", "SNAPSHOTS=overwrite"],
        );
    }
    let l = make(
        "02-unsupported",
        &[
            program[0],
            program[1],
            program[2],
            ("python-3.4.out", "x\n"),
        ],
    )?;
    expect(
        &mut wrong,
        "a variant for an unsupported version",
        listing_problems(&l),
        &[
            "python-3.4.out",
            "not a supported version",
            python::VERSIONS_FILE,
        ],
    );
    let primary_variant = python::variant_file(&supported[0]);
    let l = make(
        "03-primary",
        &[
            program[0],
            program[1],
            program[2],
            (&primary_variant, "x\n"),
        ],
    )?;
    expect(
        &mut wrong,
        "a variant for the primary version",
        listing_problems(&l),
        &[&primary_variant, "primary version"],
    );
    let l = make(
        "04-stray",
        &[program[0], program[1], program[2], ("python3.out", "x\n")],
    )?;
    expect(
        &mut wrong,
        "an unknown output file",
        listing_problems(&l),
        &["python3.out"],
    );
    let l = make(
        "05-toml",
        &[
            program[0],
            program[1],
            program[2],
            ("listing.toml", "[python.version.\"2.7\"]\nexit = 1\n"),
        ],
    )?;
    expect(
        &mut wrong,
        "a per-version setting for an unsupported version",
        listing_problems(&l),
        &["listing.toml", "2.7"],
    );
    // A drifted per-version output: run the program under that version and compare.
    let runnable = other.filter(|v| python::interpreter(v).is_some());
    if let Some(v) = runnable {
        let variant = python::variant_file(&v);
        let l = make(
            "06-drift",
            &[program[0], program[1], program[2], (&variant, "drifted\n")],
        )?;
        let r = run::check(&l, &Side::Python(v.clone()), false);
        expect(
            &mut wrong,
            "a drifted per-version output",
            r.err().into_iter().collect(),
            &[
                &variant,
                "SNAPSHOTS=overwrite cargo test --test listings -- ch99-06-drift",
            ],
        );
        // …and re-recording deletes a variant that has become the same as python.out.
        let l = make(
            "07-rerecord",
            &[program[0], program[1], program[2], (&variant, "old\n")],
        )?;
        if let Err(e) = run::check(&l, &Side::Python(v.clone()), true) {
            wrong.push(format!("re-recording a variant: {e}"));
        }
        if l.dir.join(&variant).exists() {
            wrong.push(format!(
                "re-recording left {variant} although CPython {v} prints what python.out says"
            ));
        }
    } else {
        eprintln!(
            "self_test: no second supported CPython here, so the drifted-variant check was not exercised"
        );
    }
    // CPython in WebAssembly: a listing's declaration that it cannot run there.
    let wasm_version = supported.iter().find(|v| python::is_wasm(v)).cloned();
    if let Some(w) = &wasm_version {
        let variant = python::variant_file(w);
        let l = make(
            "08-wasm-variant",
            &[
                program[0],
                program[1],
                program[2],
                ("listing.toml", "[python]\nwasm = \"threads\"\n"),
                (&variant, "x\n"),
            ],
        )?;
        expect(
            &mut wrong,
            "a WebAssembly output of a listing declared not to run there",
            listing_problems(&l),
            &[&variant, "does not run in WebAssembly"],
        );
        let l = make(
            "09-wasm-reason",
            &[
                program[0],
                program[1],
                program[2],
                ("listing.toml", "[python]\nwasm = \"gpu\"\n"),
            ],
        )?;
        expect(
            &mut wrong,
            "an unknown reason",
            listing_problems(&l),
            &["gpu", "not a reason"],
        );
    }
    match (&wasm_version, wasm::available()) {
        (Some(w), Ok(())) if std::env::var_os("PYRS_SKIP_WASM").is_none() => {
            let side = Side::Python(w.clone());
            let thread = "import threading\n\nt = threading.Thread(target=print, args=('hi',))\nt.start()\nt.join()\n";
            let l = make(
                "10-wasm-undeclared",
                &[("main.py", thread), program[1], ("python.out", "hi\n")],
            )?;
            expect(
                &mut wrong,
                "a listing that fails in WebAssembly for a platform reason, undeclared",
                run::check(&l, &side, true).err().into_iter().collect(),
                &["wasm = \"threads\"", "Nothing was recorded"],
            );
            if l.dir.join(python::variant_file(w)).exists() {
                wrong.push("re-recording recorded a platform failure as an output".into());
            }
            let l = make(
                "11-wasm-runs",
                &[
                    program[0],
                    program[1],
                    program[2],
                    ("listing.toml", "[python]\nwasm = \"threads\"\n"),
                ],
            )?;
            expect(
                &mut wrong,
                "a listing declared not to run in WebAssembly that runs there",
                run::check(&l, &side, false).err().into_iter().collect(),
                &["runs there", "Remove the declaration"],
            );
            let l = make(
                "12-wasm-declared",
                &[
                    ("main.py", thread),
                    program[1],
                    ("python.out", "hi\n"),
                    ("listing.toml", "[python]\nwasm = \"threads\"\n"),
                ],
            )?;
            if let Err(e) = run::check(&l, &side, false) {
                wrong.push(format!(
                    "a declared listing that fails as declared must pass: {e}"
                ));
            }
            let l = make(
                "13-wasm-other-reason",
                &[
                    ("main.py", thread),
                    program[1],
                    ("python.out", "hi\n"),
                    ("listing.toml", "[python]\nwasm = \"subprocess\"\n"),
                ],
            )?;
            expect(
                &mut wrong,
                "a listing declared for one reason that fails for another",
                run::check(&l, &side, false).err().into_iter().collect(),
                &["wasm = \"threads\"` instead"],
            );
        }
        _ => eprintln!(
            "self_test: CPython in WebAssembly is not checked in this run, so its checks were not exercised"
        ),
    }
    let _ = std::fs::remove_dir_all(&base);
    verdict(wrong, "\n")
}
