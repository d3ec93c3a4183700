//! Running a listing: the deterministic environment, one pipe for stdout+stderr, a timeout;
//! comparing with snapbox, and re-recording per CPython version (the interpreters and their
//! environments are `python.rs`).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::listing::{Lang, Listing, RunSpec, rel, root};
use super::python;
use super::reuse;
use super::wasm;

/// The command that re-records outputs, for messages.
pub const BLESS: &str = "SNAPSHOTS=overwrite cargo test --test listings";

/// `target/` (or `$CARGO_TARGET_DIR`): the test executable lives in `<target>/<profile>/deps/`.
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    exe.ancestors().nth(3).expect("target dir").to_path_buf()
}

/// `<target>/<profile>`, where cargo puts the listing binaries.
pub fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current_exe");
    exe.ancestors().nth(2).expect("profile dir").to_path_buf()
}

/// The environment every listing runs in, on top of a cleared environment.
pub fn deterministic_env(cmd: &mut Command) {
    cmd.env_clear();
    for keep in ["PATH", "HOME", "TMPDIR", "SYSTEMROOT"] {
        if let Some(v) = std::env::var_os(keep) {
            cmd.env(keep, v);
        }
    }
    cmd.envs([
        ("TZ", "Asia/Seoul"),
        ("LANG", "C.UTF-8"),
        ("LC_ALL", "C.UTF-8"),
        ("PYTHONHASHSEED", "0"),
        ("PYTHONUTF8", "1"),
        ("PYTHONIOENCODING", "utf-8"),
        ("PYTHONUNBUFFERED", "1"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
        ("PYTHON_COLORS", "0"),
        ("NO_COLOR", "1"),
        ("TERM", "dumb"),
        ("RUST_BACKTRACE", "0"),
    ]);
}

pub struct Output {
    pub text: String,
    pub status: Option<i32>,
}

/// Run `cmd` in `dir` with stdout and stderr on one pipe; kill its process group after `timeout`.
pub fn run_merged(
    mut cmd: Command,
    dir: &Path,
    timeout: Duration,
    what: &str,
) -> Result<Output, String> {
    use std::os::unix::process::CommandExt;
    let (mut reader, writer) = std::io::pipe().map_err(|e| format!("pipe: {e}"))?;
    let writer2 = writer.try_clone().map_err(|e| format!("pipe: {e}"))?;
    cmd.current_dir(dir)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(writer2)
        .process_group(0);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("{what}: cannot start {cmd:?}: {e}"))?;
    drop(cmd); // closes our copies of the pipe's write end
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let r = reader.read_to_end(&mut buf);
        let _ = tx.send(r.map(|_| buf));
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| format!("{what}: wait: {e}"))? {
            Some(s) => break s,
            None if start.elapsed() > timeout => {
                kill_group(child.id());
                let _ = child.wait();
                return Err(format!(
                    "{what}: still running after {} s, killed. Make it faster, or raise `timeout` in its listing.toml.",
                    timeout.as_secs()
                ));
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    };
    // Children the program left behind may still hold the pipe open: give them a moment.
    let bytes = match rx.recv_timeout(Duration::from_secs(5)) {
        Ok(Ok(b)) => b,
        Ok(Err(e)) => return Err(format!("{what}: reading its output: {e}")),
        Err(_) => {
            kill_group(child.id());
            return Err(format!(
                "{what}: exited, but a process it started kept its output open for 5 s"
            ));
        }
    };
    let text =
        String::from_utf8(bytes).map_err(|e| format!("{what}: printed invalid UTF-8: {e}"))?;
    Ok(Output {
        text,
        status: status.code(),
    })
}

fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", &format!("-{pid}")])
        .status();
}

/// A lock file held while one process sets something up (create_new is atomic).
pub struct FileLock(PathBuf);

impl FileLock {
    pub fn acquire(path: &Path) -> Result<FileLock, String> {
        let start = Instant::now();
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
            {
                Ok(_) => return Ok(FileLock(path.to_path_buf())),
                Err(_) if start.elapsed() < Duration::from_secs(600) => {
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(e) => {
                    return Err(format!(
                        "{}: held for 10 min ({e}); delete it if no test is running",
                        path.display()
                    ));
                }
            }
        }
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Build every chapter's listing binaries once per test run, in one cargo call (cargo is
/// incremental: a no-op when nothing changed). `--keep-going`: one chapter that does not compile
/// fails only its own listings, with the compiler's errors.
pub fn build_chapter(chapter: &str) -> Result<(), String> {
    static BUILT: OnceLock<Result<std::collections::HashMap<String, String>, String>> =
        OnceLock::new();
    let failed = BUILT
        .get_or_init(build_all)
        .as_ref()
        .map_err(Clone::clone)?;
    match failed.get(chapter) {
        None => Ok(()),
        Some(errors) => Err(format!(
            "the listings of {chapter} do not compile (`cargo build --bins -p {chapter}`):\n{errors}"
        )),
    }
}

/// The chapters whose listings failed to compile, with the compiler's rendered errors.
fn build_all() -> Result<std::collections::HashMap<String, String>, String> {
    let chapters: Vec<String> = super::listing::dirs(&root().join("listings"))
        .iter()
        .filter(|d| d.join("Cargo.toml").is_file())
        .map(|d| d.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root()).args([
        "build",
        "--quiet",
        "--bins",
        "--keep-going",
        "--message-format=json",
    ]);

    for c in &chapters {
        cmd.args(["-p", c]);
    }
    match profile_dir().file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => {}
        Some("release") => {
            cmd.arg("--release");
        }
        Some(other) => {
            cmd.args(["--profile", other]);
        }
    }
    let out = cmd.output().map_err(|e| format!("cargo build: {e}"))?;
    let mut failed: std::collections::HashMap<String, String> = Default::default();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if msg["reason"] != "compiler-message" || msg["message"]["level"] != "error" {
            continue;
        }
        // `path+file:///…/listings/ch02-str-repr#0.0.0`
        let id = msg["package_id"].as_str().unwrap_or("");
        let chapter = id
            .split('#')
            .next()
            .and_then(|p| p.rsplit('/').next())
            .unwrap_or(id)
            .to_string();
        let text = failed.entry(chapter).or_default();
        text.push_str(msg["message"]["rendered"].as_str().unwrap_or(""));
    }
    if !out.status.success() && failed.is_empty() {
        return Err(format!(
            "cargo build of the listings failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(failed)
}

/// What one trial checks: a listing's Rust side, or its Python side under one CPython version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    Rust,
    Python(String),
}

impl Side {
    pub fn lang(&self) -> Lang {
        match self {
            Side::Rust => Lang::Rust,
            Side::Python(_) => Lang::Python,
        }
    }
    /// `rust`, `python3.12`: the last part of the trial name.
    pub fn name(&self) -> String {
        match self {
            Side::Rust => "rust".into(),
            Side::Python(v) => format!("python{v}"),
        }
    }
}

/// Run one side of a listing and compare what it prints with its recorded output.
/// `overwrite` (SNAPSHOTS=overwrite) re-records instead: `rust.out`, `python.out` for the primary
/// CPython, and for another version `python-3.X.out` where it prints something else (the file is
/// deleted where it prints the same as the primary).
/// A trial's name among the reused checks (tests/support/reuse.rs, kind `listing`).
fn stamp_name(listing: &Listing, side: &Side) -> String {
    format!("{}--{}", listing.bin(), side.name())
}

/// Whether `check` would reuse this trial's last pass instead of running it (not for Rust,
/// whose fingerprint needs the fresh binary).
pub fn would_reuse(listing: &Listing, side: &Side) -> bool {
    side != &Side::Rust
        && reuse::matches(
            "listing",
            &stamp_name(listing, side),
            fingerprint(listing, side).as_deref(),
        )
}

pub fn check(listing: &Listing, side: &Side, overwrite: bool) -> Result<(), String> {
    if side == &Side::Rust {
        build_chapter(&listing.chapter)?; // the fingerprint reads the fresh binary
    }
    let fingerprint = (!overwrite).then(|| fingerprint(listing, side)).flatten();
    reuse::run("listing", &stamp_name(listing, side), fingerprint, || {
        check_now(listing, side, overwrite)
    })
}

/// Everything a run and its comparison depend on: the listing folder's files, the interpreter
/// (release, path, pinned requirements) or the binary, the supported versions, `PATH` (the
/// listings start `ls`, `sleep`…), and the harness's own code. `None` when something cannot be
/// read (then the trial runs).
fn fingerprint(listing: &Listing, side: &Side) -> Option<String> {
    let mut f = reuse::Fingerprint::new("listing")
        .text(&side.name())
        .tree(&listing.dir);
    match side {
        Side::Python(v) if python::is_wasm(v) => {
            // the engine: its files, Pyodide's lock, the wheels, Node and its flags
            f = f
                .text(&wasm::fingerprint_inputs()?)
                .text(include_str!("wasm.rs"));
        }
        Side::Python(v) => {
            let i = python::interpreter(v)?;
            f = f.text(&i.full).text(&i.path.to_string_lossy()).file(
                &python::venv(i)
                    .ok()?
                    .parent()?
                    .parent()?
                    .join("pyrs-stamp.txt"),
            );
        }
        Side::Rust => f = f.program(&profile_dir().join(listing.bin())),
    }
    f.file(&root().join(python::VERSIONS_FILE))
        .env("PATH")
        .text(include_str!("run.rs"))
        .text(include_str!("listing.rs"))
        .text(include_str!("python.rs"))
        .finish()
}

fn check_now(listing: &Listing, side: &Side, overwrite: bool) -> Result<(), String> {
    match side {
        Side::Rust => {
            let out = run_side(listing, side)?;
            let spec = listing.spec()?.rust;
            finish(
                listing,
                side,
                &spec,
                &out,
                &listing.dir.join("rust.out"),
                overwrite,
            )
        }
        Side::Python(v) if v == python::primary()? => primary_check(listing, overwrite),
        Side::Python(v) => {
            if overwrite && python::interpreter(python::primary()?).is_some() {
                // python.out must be final before this version is compared with it.
                let _ = primary_check(listing, overwrite);
            }
            let spec = listing.spec()?.python.for_version(v);
            if python::is_wasm(v) {
                return wasm_check(listing, side, v, &spec, overwrite);
            }
            let out = run_side(listing, side)?;
            variant_check(listing, side, v, &spec, &out, overwrite)
        }
    }
}

/// Compare a non-primary version's run with its `python-3.X.out`, or with `python.out` where it
/// has none; when re-recording, write the variant where it differs and delete it where not.
fn variant_check(
    listing: &Listing,
    side: &Side,
    v: &str,
    spec: &RunSpec,
    out: &Output,
    overwrite: bool,
) -> Result<(), String> {
    let variant = listing.dir.join(python::variant_file(v));
    let primary_out = listing.dir.join("python.out");
    if !overwrite {
        let recorded = if variant.exists() {
            &variant
        } else {
            &primary_out
        };
        return finish(listing, side, spec, out, recorded, false);
    }
    if compare(listing, spec, &out.text, &primary_out, false).is_ok() {
        if variant.exists() {
            std::fs::remove_file(&variant).map_err(|e| format!("{}: {e}", rel(&variant)))?;
        }
        return finish(listing, side, spec, out, &primary_out, false);
    }
    if !variant.exists() {
        // Start from the primary's recording, so its placeholders and `[..]` carry over
        // wherever they still match.
        std::fs::copy(&primary_out, &variant).map_err(|e| format!("{}: {e}", rel(&variant)))?;
    }
    finish(listing, side, spec, out, &variant, true)
}

/// CPython in WebAssembly (wasm.rs): the listing runs as the page's Run button runs it.
/// A listing that declares why it cannot run there (`[python] wasm = "threads"`) must indeed
/// fail there, and for no other platform reason; any other listing must not fail for one
/// (nothing is recorded then: the declaration is the fix). Where it runs, the output is checked
/// like any other version's, and the page's own verdict (wasm/match.mjs, "same as the book")
/// must agree with this one.
fn wasm_check(
    listing: &Listing,
    side: &Side,
    v: &str,
    spec: &RunSpec,
    overwrite: bool,
) -> Result<(), String> {
    let label = label(listing, side);
    let variant = listing.dir.join(python::variant_file(v));
    let primary_out = listing.dir.join("python.out");
    let (req, timeout) = wasm_request(listing, v, spec)?;
    let recorded = if variant.exists() && spec.wasm.is_none() {
        &variant
    } else {
        &primary_out
    };
    let (r, _) = wasm::run(&req, timeout, &label)?;
    let out = Output {
        text: r.output.clone(),
        status: Some(r.exit),
    };
    let toml = format!("{}/listing.toml", rel(&listing.dir));
    if r.limited {
        return Err(format!(
            "{label}: printed more than the page keeps (OUTPUT_LIMIT in wasm/engine.mjs), and was stopped there."
        ));
    }
    let shown = if r.stdin_read { Some("input") } else { None };
    let platform = r.platform.as_deref().or(shown);
    if let Some(reason) = &spec.wasm {
        if !wasm::known_reason(reason) {
            return Err(format!(
                "{toml}: wasm = \"{reason}\" is not a reason the page knows ({})",
                wasm::reason_keys()
            ));
        }
        if variant.exists() {
            if overwrite {
                std::fs::remove_file(&variant).map_err(|e| format!("{}: {e}", rel(&variant)))?;
            } else {
                return Err(format!(
                    "{}: the listing declares it does not run in WebAssembly (wasm = \"{reason}\" in {toml}): delete it",
                    rel(&variant)
                ));
            }
        }
        if let Some(p) = platform.filter(|p| p != reason) {
            return Err(format!(
                "{label}: {toml} says it cannot run in WebAssembly because {}, but it fails because {}:\n{}\n\
                 Declare `wasm = \"{p}\"` instead.",
                wasm::reason_text(reason),
                wasm::reason_text(p),
                tail(&r.output)
            ));
        }
        let runs = compare(listing, spec, &out.text, &primary_out, false).is_ok()
            && out.status == Some(spec.exit);
        if runs {
            return Err(format!(
                "{label}: {toml} says it cannot run in WebAssembly (wasm = \"{reason}\"), but it runs there and prints \
                 python.out. Remove the declaration (the page then gets a Run button) and re-record: `{BLESS} -- {}`",
                listing.bin()
            ));
        }
        return Ok(());
    }
    if let Some(p) = platform {
        return Err(format!(
            "{label}: fails in WebAssembly for a reason of the platform: {}. What it printed:\n{}\n\
             Nothing was recorded. If the listing needs that, say so in {toml}:\n[python]\nwasm = \"{p}\"\n\
             (the page then shows this reason instead of a Run button; the tests check that it still fails there)",
            wasm::reason_text(p),
            tail(&r.output)
        ));
    }
    if !overwrite {
        let harness = compare(listing, spec, &out.text, recorded, false).is_ok();
        if let Some(page) = r.same
            && page != harness
        {
            return Err(format!(
                "{label}: the page's check (wasm/match.mjs) says the output is {}the book's {}, the harness's \
                 (snapbox) says it is {}: the page would tell readers something false. Fix wasm/match.mjs \
                 (it must decide as snapbox does).\nThe output:\n{}",
                if page { "" } else { "not " },
                rel(recorded),
                if harness { "" } else { "not" },
                r.output
            ));
        }
    }
    variant_check(listing, side, v, spec, &out, overwrite)
}

/// What the WebAssembly engine gets for a listing: its code and folder, and what the page gets
/// to judge the output (the recorded file, listing.toml's redactions), with its timeout.
pub fn wasm_request(
    listing: &Listing,
    v: &str,
    spec: &RunSpec,
) -> Result<(wasm::Request, Duration), String> {
    let variant = listing.dir.join(python::variant_file(v));
    let recorded = if variant.exists() && spec.wasm.is_none() {
        variant
    } else {
        listing.dir.join("python.out")
    };
    let source = listing.dir.join("main.py");
    let code = std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", rel(&source)))?;
    let req = wasm::Request {
        code,
        dir: listing.dir.display().to_string(),
        env: spec.env.clone(),
        expected: std::fs::read_to_string(&recorded).ok(),
        redact: spec.redact.clone(),
        unordered: spec.unordered,
    };
    Ok((req, Duration::from_secs(spec.timeout.unwrap_or(10))))
}

/// Queue the WebAssembly runs of these listings' trials (not when re-recording: python.out must
/// be final first, which each trial sees to).
pub fn wasm_prefetch(trials: &[(String, Listing, String)]) {
    let mut jobs = Vec::new();
    for (name, l, v) in trials {
        if would_reuse(l, &Side::Python(v.clone())) {
            continue; // passed before with these inputs: its trial will not ask
        }
        let Ok(spec) = l.spec().map(|s| s.python.for_version(v)) else {
            continue;
        };
        if let Ok((req, timeout)) = wasm_request(l, v, &spec) {
            jobs.push((name.clone(), req, timeout)); // in the order the trials come
        }
    }
    wasm::prefetch(jobs);
}

/// The last lines of an output, for messages.
fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let from = lines.len().saturating_sub(12);
    lines[from..]
        .iter()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The primary version's check of a listing, done once per test process: its own trial and, when
/// re-recording, every other version's trial (which compares with the fresh `python.out`) need it.
fn primary_check(listing: &Listing, overwrite: bool) -> Result<(), String> {
    type Cell = std::sync::Arc<OnceLock<Result<(), String>>>;
    static DONE: OnceLock<std::sync::Mutex<std::collections::HashMap<PathBuf, Cell>>> =
        OnceLock::new();
    let cell: Cell = DONE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .entry(listing.dir.clone())
        .or_default()
        .clone();
    cell.get_or_init(|| {
        let v = python::primary()?.to_string();
        let side = Side::Python(v.clone());
        let spec = listing.spec()?.python.for_version(&v);
        let out = run_side(listing, &side)?;
        finish(
            listing,
            &side,
            &spec,
            &out,
            &listing.dir.join("python.out"),
            overwrite,
        )
    })
    .clone()
}

fn label(listing: &Listing, side: &Side) -> String {
    format!("{}::{}", listing.bin(), side.name())
}

/// Run one side in the listing's folder and environment.
fn run_side(listing: &Listing, side: &Side) -> Result<Output, String> {
    let label = label(listing, side);
    let spec = listing.spec()?;
    let (mut cmd, spec) = match side {
        Side::Python(v) => {
            let interp = python::interpreter(v).ok_or_else(|| {
                format!(
                    "{label}: no CPython {v} on this machine ({})",
                    python::how_to_add(std::slice::from_ref(v))
                )
            })?;
            let mut c = Command::new(python::venv(interp)?);
            deterministic_env(&mut c);
            c.arg(Lang::Python.source());
            (c, spec.python.for_version(v))
        }
        Side::Rust => {
            build_chapter(&listing.chapter)?;
            let exe = profile_dir().join(listing.bin());
            if !exe.exists() {
                return Err(format!(
                    "{label}: no binary {}: is `{}` a [[bin]] of listings/{}/Cargo.toml?",
                    exe.display(),
                    listing.bin(),
                    listing.chapter
                ));
            }
            let mut c = Command::new(exe);
            deterministic_env(&mut c);
            (c, spec.rust)
        }
    };
    cmd.envs(&spec.env);
    let timeout = Duration::from_secs(spec.timeout.unwrap_or(10));
    run_merged(cmd, &listing.dir, timeout, &label)
}

/// Compare `actual` with the recorded file (snapbox: redactions, `[..]`, unordered lines);
/// with `overwrite`, write what differs into the file instead. The error is snapbox's diff.
fn compare(
    listing: &Listing,
    spec: &RunSpec,
    actual: &str,
    recorded: &Path,
    overwrite: bool,
) -> Result<(), String> {
    let mut redactions = snapbox::Redactions::new();
    let dir = listing.dir.display().to_string();
    redactions.insert("[DIR]", dir).map_err(|e| e.to_string())?;
    for (placeholder, pattern) in &spec.redact {
        let re = regex::Regex::new(pattern)
            .map_err(|e| format!("listing.toml redact {placeholder}: {e}"))?;
        let placeholder: &'static str = Box::leak(placeholder.clone().into_boxed_str());
        redactions
            .insert(placeholder, re)
            .map_err(|e| format!("listing.toml: {e}"))?;
    }
    let mut expected = snapbox::Data::read_from(recorded, Some(snapbox::data::DataFormat::Text));
    if spec.unordered {
        expected = expected.unordered();
    }
    let action = if overwrite {
        snapbox::assert::Action::Overwrite
    } else {
        snapbox::assert::Action::Verify
    };
    snapbox::Assert::new()
        .action(action)
        .normalize_paths(false)
        .redact_with(redactions)
        .try_eq(None, snapbox::Data::text(actual.to_string()), expected)
        .map_err(|e| e.to_string())
}

/// Compare (or re-record) one run with `recorded` and check its exit status.
fn finish(
    listing: &Listing,
    side: &Side,
    spec: &RunSpec,
    out: &Output,
    recorded: &Path,
    overwrite: bool,
) -> Result<(), String> {
    let label = label(listing, side);
    let rerecord = format!("{BLESS} -- {}", listing.bin());
    if !recorded.exists() {
        if overwrite {
            std::fs::write(recorded, "").map_err(|e| format!("{}: {e}", rel(recorded)))?;
        } else {
            return Err(format!(
                "{label}: no recorded output {}. Record it with `{rerecord}` and review it.",
                rel(recorded)
            ));
        }
    }
    let mut problems = Vec::new();
    if let Err(e) = compare(listing, spec, &out.text, recorded, overwrite) {
        let whose = match side {
            Side::Python(v)
                if recorded.ends_with("python.out") && !python::primary().is_ok_and(|p| p == v) =>
            {
                format!(
                    " (the primary CPython {}'s output; there is no {} for {})",
                    python::primary().unwrap_or("?"),
                    python::variant_file(v),
                    python::label(v)
                )
            }
            _ => String::new(),
        };
        let release = match side {
            Side::Python(v) if python::is_wasm(v) => wasm::started()
                .and_then(|r| python::release_note_for(v, &r.python))
                .map(|n| format!("\nNote: {n}."))
                .unwrap_or_default(),
            Side::Python(v) => python::interpreter(v)
                .and_then(python::release_note)
                .map(|n| format!("\nNote: {n}."))
                .unwrap_or_default(),
            Side::Rust => String::new(),
        };
        problems.push(format!(
            "{label}: what it prints differs from {}{whose}, which the book shows.\n{e}{release}\n\
             If the new output is right: `{rerecord}` (records every CPython version found), then \
             review `git diff` and explain in the chapter what differs between versions.",
            rel(recorded),
        ));
    }
    if out.status != Some(spec.exit) {
        let table = match side {
            Side::Python(v) => format!("[python] (or [python.version.\"{v}\"])"),
            Side::Rust => "[rust]".into(),
        };
        problems.push(format!(
            "{label}: exit status {:?}, expected {} (set `exit` under {table} in {}/listing.toml if this is intended)",
            out.status,
            spec.exit,
            rel(&listing.dir)
        ));
    }
    super::listing::verdict(problems, "\n\n")
}
