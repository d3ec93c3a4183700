//! Running a listing: the deterministic environment, one pipe for stdout+stderr, a timeout;
//! provisioning the pinned Python environment under `target/`; comparing with snapbox.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::listing::{Lang, Listing, RunSpec, rel, root};

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

/// The pinned Python: `target/pyenv`, made from `python3` (CPython 3.11, the version the outputs
/// were recorded with) and `listings/requirements.txt`, re-made when either changes.
pub fn python() -> Result<&'static Path, String> {
    static PY: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    PY.get_or_init(provision_python)
        .as_ref()
        .map(PathBuf::as_path)
        .map_err(Clone::clone)
}

fn provision_python() -> Result<PathBuf, String> {
    let want = std::fs::read_to_string(root().join("listings/python-version"))
        .map_err(|e| format!("listings/python-version: {e}"))?
        .trim()
        .to_string();
    let base = std::env::var("PYRS_PYTHON").unwrap_or_else(|_| "python3".into());
    let version = Command::new(&base).arg("--version").output().map_err(|e| {
        format!(
            "`{base}` not found ({e}). The Python listings need CPython {want}: install it \
             (Debian: `apt-get install python3 python3-venv`) or point PYRS_PYTHON at one. \
             To run only the Rust side on purpose: PYRS_SKIP_PYTHON=1 cargo test"
        )
    })?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    if !version.starts_with(&format!("Python {want}.")) {
        return Err(format!(
            "`{base} --version` says `{version}`, but the recorded outputs are CPython {want}'s \
             (tracebacks and error messages differ between versions). Set PYRS_PYTHON to a \
             python{want}, or, to move the book to another version, change listings/python-version \
             and re-record: {BLESS}"
        ));
    }
    let reqs_path = root().join("listings/requirements.txt");
    let reqs =
        std::fs::read_to_string(&reqs_path).map_err(|e| format!("{}: {e}", rel(&reqs_path)))?;
    let venv = target_dir().join("pyenv");
    let stamp = venv.join("pyrs-stamp.txt");
    let want_stamp = format!("{version}\n{reqs}");
    let py = venv.join("bin/python");
    if py.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(want_stamp.as_str()) {
        return Ok(py);
    }
    let lock = target_dir().join("pyenv.lock");
    let _guard = FileLock::acquire(&lock)?;
    if py.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(want_stamp.as_str()) {
        return Ok(py); // another test process made it while we waited
    }
    eprintln!(
        "setting up the pinned Python environment in {} …",
        venv.display()
    );
    let steps: [Vec<String>; 2] = [
        vec![
            base.clone(),
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
                "setting up Python failed: `{}`\n{}{}",
                step.join(" "),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    std::fs::write(&stamp, want_stamp).map_err(|e| format!("{}: {e}", stamp.display()))?;
    Ok(py)
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

/// Build a chapter's listing binaries once per test run (cargo is incremental: a no-op when
/// nothing changed). One chapter that does not compile fails only its own listings.
pub fn build_chapter(chapter: &str) -> Result<(), String> {
    static BUILT: OnceLock<
        std::sync::Mutex<std::collections::HashMap<String, Result<(), String>>>,
    > = OnceLock::new();
    let built = BUILT.get_or_init(Default::default);
    let mut built = built.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(r) = built.get(chapter) {
        return r.clone();
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(root())
        .args(["build", "--quiet", "--bins", "-p", chapter]);
    match profile_dir().file_name().and_then(|n| n.to_str()) {
        Some("debug") | None => {}
        Some("release") => {
            cmd.arg("--release");
        }
        Some(other) => {
            cmd.args(["--profile", other]);
        }
    }
    let r = match cmd.output() {
        Err(e) => Err(format!("cargo build: {e}")),
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!(
            "the listings of {chapter} do not compile (`cargo build --bins -p {chapter}`):\n{}",
            String::from_utf8_lossy(&out.stderr)
        )),
    };
    built.insert(chapter.to_string(), r.clone());
    r
}

/// Run one side of a listing and compare what it prints with its recorded output.
pub fn check(listing: &Listing, lang: Lang) -> Result<(), String> {
    let label = format!("{} ({})", listing.bin(), lang.name());
    let spec = listing.spec()?;
    let spec: &RunSpec = spec.get(lang);
    let mut cmd = match lang {
        Lang::Python => {
            let mut c = Command::new(python()?);
            deterministic_env(&mut c);
            c.arg(lang.source());
            c
        }
        Lang::Rust => {
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
            c
        }
    };
    cmd.envs(&spec.env);
    let timeout = Duration::from_secs(spec.timeout.unwrap_or(10));
    let out = run_merged(cmd, &listing.dir, timeout, &label)?;

    let recorded = listing.dir.join(lang.output());
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    if !recorded.exists() {
        if overwrite {
            std::fs::write(&recorded, "").map_err(|e| format!("{}: {e}", rel(&recorded)))?;
        } else {
            return Err(format!(
                "{label}: no recorded output {}. Record it with `{BLESS} -- {}` and review it.",
                rel(&recorded),
                listing.bin()
            ));
        }
    }

    let mut redactions = snapbox::Redactions::new();
    let dir = listing.dir.display().to_string();
    redactions.insert("[DIR]", dir).map_err(|e| e.to_string())?;
    for (placeholder, pattern) in &spec.redact {
        let re = regex::Regex::new(pattern)
            .map_err(|e| format!("{label}: listing.toml redact {placeholder}: {e}"))?;
        let placeholder: &'static str = Box::leak(placeholder.clone().into_boxed_str());
        redactions
            .insert(placeholder, re)
            .map_err(|e| format!("{label}: listing.toml: {e}"))?;
    }
    let mut expected = snapbox::Data::read_from(&recorded, Some(snapbox::data::DataFormat::Text));
    if spec.unordered {
        expected = expected.unordered();
    }
    let assert = snapbox::Assert::new()
        .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
        .normalize_paths(false)
        .redact_with(redactions);
    let actual = snapbox::Data::text(out.text.clone());
    let compared = assert.try_eq(Some(&label), actual, expected);

    let mut problems = Vec::new();
    if let Err(e) = compared {
        problems.push(format!(
            "{label}: what it prints differs from {} (shown in the book).\n{e}\n\
             If the new output is right: `{BLESS} -- {}`, then review `git diff`.",
            rel(&recorded),
            listing.bin()
        ));
    }
    if out.status != Some(spec.exit) {
        problems.push(format!(
            "{label}: exit status {:?}, expected {} (set `exit` under [{}] in {}/listing.toml if this is intended)",
            out.status,
            spec.exit,
            lang.name(),
            rel(&listing.dir)
        ));
    }
    super::listing::verdict(problems, "\n\n")
}
