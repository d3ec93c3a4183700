//! CPython in WebAssembly (Pyodide): the fourth Python version the listings are checked under
//! (`3.14-wasm` in `listings/python-versions`), run exactly as the pages' Run button runs them.
//!
//! The engine is `wasm/engine.mjs` + `wasm/runner.py`, the same files the site serves; here Node
//! runs them (`wasm/node.mjs`), a few long-lived processes for a whole test run, each taking one
//! listing after another (runner.py gives each a fresh `__main__`, puts `sys.modules` and the
//! rest back after it). Pyodide and the wheels come from `scripts/wasm-install` (npm ci of
//! `wasm/package-lock.json`, pip download of `wasm/wheels.json`) into `target/wasm/`.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

use mdbook_pyrs::run::REASONS;

use super::listing::root;
use super::run::{deterministic_env, target_dir};

/// Whether `r` is a reason a listing may give for not running in WebAssembly (`[python] wasm =
/// "threads"` in listing.toml): the keys of mdbook_pyrs::run::REASONS, which the page explains.
pub fn known_reason(r: &str) -> bool {
    REASONS.iter().any(|(k, ..)| *k == r)
}

/// `threads, processes, …`, for messages.
pub fn reason_keys() -> String {
    REASONS
        .iter()
        .map(|(k, ..)| *k)
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a reason means, for messages.
pub fn reason_text(r: &str) -> String {
    REASONS
        .iter()
        .find(|(k, ..)| *k == r)
        .map_or_else(|| r.to_string(), |(k, t, _)| format!("it {t} [{k}]"))
}

/// How to skip the WebAssembly version on purpose.
pub const SKIP: &str = "PYRS_SKIP_WASM=1";

/// What the engine said when it started.
#[derive(Debug, Clone)]
pub struct Ready {
    /// `3.14.2`
    pub python: String,
    /// `314.0.7`
    pub pyodide: String,
}

/// One run's result (wasm/node.mjs).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Response {
    pub output: String,
    pub exit: i32,
    pub limited: bool,
    pub stdin_read: bool,
    /// The platform reason the output shows (wasm/match.mjs): threads, processes, subprocess.
    pub platform: Option<String>,
    /// Whether the page would call the output the recorded one (wasm/match.mjs); None when no
    /// recorded output was sent.
    pub same: Option<bool>,
}

#[derive(serde::Serialize)]
pub struct Request {
    pub code: String,
    pub dir: String,
    pub env: std::collections::BTreeMap<String, String>,
    pub expected: Option<String>,
    pub redact: std::collections::BTreeMap<String, String>,
    pub unordered: bool,
}

struct Setup {
    node: PathBuf,
    /// `v20.20.2`
    node_version: String,
    nice: bool,
    flags: Vec<String>,
    pyodide: PathBuf,
    wheels: PathBuf,
    snapshot: PathBuf,
}

/// Node, its stack-switching flag, and the installed engine: found and installed once.
fn setup() -> Result<&'static Setup, String> {
    static S: OnceLock<Result<Setup, String>> = OnceLock::new();
    S.get_or_init(|| {
        let node = std::env::var_os("PYRS_NODE")
            .map(PathBuf::from)
            .unwrap_or_else(|| "node".into());
        let version = Command::new(&node)
            .arg("--version")
            .output()
            .map_err(|e| {
                format!(
                    "CPython in WebAssembly (Pyodide) runs in Node.js, and `{}` does not start ({e}). Install Node.js >= 18 \
                     with npm (Debian: `apt-get install nodejs npm`; or name it: PYRS_NODE=/path/to/node), or skip that \
                     version on purpose: {SKIP} cargo test",
                    node.display()
                )
            })?;
        let v = String::from_utf8_lossy(&version.stdout).trim().to_string();
        let major: u32 = v
            .trim_start_matches('v')
            .split('.')
            .next()
            .and_then(|m| m.parse().ok())
            .unwrap_or(0);
        if major < 18 {
            return Err(format!(
                "{} is Node.js {v}; Pyodide needs Node.js >= 18 (Debian: `apt-get install nodejs npm`), or skip: {SKIP} cargo test",
                node.display()
            ));
        }
        // asyncio.run needs stack switching (JSPI): on by default from V8 13.7, else a flag.
        let v8 = Command::new(&node)
            .arg("--v8-options")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
            .unwrap_or_default();
        let flags = ["--experimental-wasm-jspi", "--experimental-wasm-stack-switching"]
            .iter()
            .find(|f| v8.contains(&format!("{f} ")))
            .map(|f| vec![f.to_string()])
            .unwrap_or_default();
        let out = Command::new(root().join("scripts/wasm-install"))
            .env("CARGO_TARGET_DIR", target_dir())
            .output()
            .map_err(|e| format!("scripts/wasm-install: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "installing CPython in WebAssembly failed (`scripts/wasm-install`):\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        let nice = Command::new("nice")
            .args(["-n", "10", "true"])
            .status()
            .is_ok_and(|s| s.success());
        Ok(Setup {
            node,
            node_version: v,
            nice,
            flags,
            pyodide: dir.join("npm/node_modules/pyodide"),
            wheels: dir.join("wheels"),
            snapshot: dir.join("pyodide.snapshot"),
        })
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// What a run in the engine depends on besides the listing, for the harness's reuse of passed
/// trials: Node's version and flags, the engine's files, Pyodide's lock, the wheels' pins.
pub fn fingerprint_inputs() -> Option<String> {
    let s = setup().ok()?;
    let mut out = format!("{} {} {:?}\n", s.node.display(), s.node_version, s.flags);
    for f in [
        "engine.mjs",
        "runner.py",
        "match.mjs",
        "node.mjs",
        "wheels.json",
        "package-lock.json",
    ] {
        out.push_str(&std::fs::read_to_string(root().join("wasm").join(f)).ok()?);
    }
    Some(out)
}

/// Whether the engine can be used here (Node found, engine installed), or why not.
pub fn available() -> Result<(), String> {
    setup().map(|_| ())
}

/// A running wasm/node.mjs.
struct Engine {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
    stderr: Arc<Mutex<String>>,
}

impl Engine {
    fn start(s: &Setup) -> Result<(Engine, Ready), String> {
        // At a lower priority than the native interpreters, whose listings measure time
        // (their margins are for one busy core, not for an engine competing with them).
        let mut cmd = if s.nice {
            let mut c = Command::new("nice");
            c.args(["-n", "10"]).arg(&s.node);
            c
        } else {
            Command::new(&s.node)
        };
        deterministic_env(&mut cmd); // TZ=Asia/Seoul: Pyodide's local time is the host's
        cmd.args(&s.flags)
            .arg(root().join("wasm/node.mjs"))
            .arg(&s.pyodide)
            .arg(&s.wheels)
            .arg(&s.snapshot)
            .current_dir(root())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", s.node.display()))?;
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let stderr_pipe = child.stderr.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = stderr.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr_pipe).lines() {
                let Ok(line) = line else { break };
                let mut s = sink.lock().unwrap_or_else(|e| e.into_inner());
                s.push_str(&line);
                s.push('\n');
            }
        });
        let mut engine = Engine {
            child,
            stdin,
            lines,
            stderr,
        };
        let first = engine.read(Duration::from_secs(180), "starting Pyodide")?;
        let v: serde_json::Value = serde_json::from_str(&first)
            .map_err(|e| format!("wasm/node.mjs said {first:?}: {e}"))?;
        let ready = Ready {
            python: v["python"].as_str().unwrap_or("?").to_string(),
            pyodide: v["pyodide"].as_str().unwrap_or("?").to_string(),
        };
        Ok((engine, ready))
    }

    fn read(&mut self, timeout: Duration, what: &str) -> Result<String, String> {
        match self.lines.recv_timeout(timeout) {
            Ok(l) => Ok(l),
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.child.kill();
                Err(format!(
                    "{what}: still running after {} s, killed.",
                    timeout.as_secs()
                ))
            }
            Err(RecvTimeoutError::Disconnected) => {
                let _ = self.child.wait();
                Err(format!(
                    "{what}: the WebAssembly engine (wasm/node.mjs) stopped:\n{}",
                    self.stderr.lock().unwrap_or_else(|e| e.into_inner())
                ))
            }
        }
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One listing to run: its trial's name (the key its result is found by), the request line.
struct Job {
    key: String,
    line: String,
    timeout: Duration,
}

type Outcome = Result<(Response, Ready), String>;

enum Slot {
    Waiting,
    Done(Outcome),
}

/// The engines of this test process. Each engine has a thread that takes listings from one
/// queue, one after the other; a trial puts its listing at the front of the queue and waits for
/// it. `prefetch` queues every WebAssembly trial of the run at the start, so that the engines
/// work from the first second alongside the native interpreters, and a trial usually finds
/// its result ready instead of holding a test thread while it waits for an engine.
struct Queue {
    jobs: std::collections::VecDeque<Job>,
    slots: std::collections::HashMap<String, Slot>,
    workers: usize,
    ready: Option<Ready>,
}

fn queue() -> &'static (Mutex<Queue>, Condvar) {
    static Q: OnceLock<(Mutex<Queue>, Condvar)> = OnceLock::new();
    Q.get_or_init(|| {
        (
            Mutex::new(Queue {
                jobs: Default::default(),
                slots: Default::default(),
                workers: 0,
                ready: None,
            }),
            Condvar::new(),
        )
    })
}

/// How many engines run at once (`PYRS_WASM_JOBS`; default: one per two cores, at least one —
/// the native interpreters need the other cores, and their listings have timing margins).
fn max_engines() -> usize {
    std::env::var("PYRS_WASM_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .filter(|j| *j > 0)
        .unwrap_or_else(|| (std::thread::available_parallelism().map_or(2, |n| n.get()) / 2).max(1))
}

fn submit(key: &str, req: &Request, timeout: Duration, front: bool) -> Result<(), String> {
    let line = serde_json::to_string(req).map_err(|e| e.to_string())?;
    let (lock, cvar) = queue();
    let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
    if q.slots.contains_key(key) {
        return Ok(()); // queued already (prefetched), running, or done
    }
    q.slots.insert(key.to_string(), Slot::Waiting);
    let job = Job {
        key: key.to_string(),
        line,
        timeout,
    };
    if front {
        q.jobs.push_front(job);
    } else {
        q.jobs.push_back(job);
    }
    if q.workers < max_engines() {
        q.workers += 1;
        std::thread::spawn(work);
    }
    cvar.notify_all();
    Ok(())
}

/// An engine's thread: run jobs until the test process ends.
fn work() {
    let (lock, cvar) = queue();
    let mut engine: Option<Engine> = None;
    loop {
        let job = {
            let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if let Some(j) = q.jobs.pop_front() {
                    break j;
                }
                q = cvar.wait(q).unwrap_or_else(|e| e.into_inner());
            }
        };
        let outcome = run_job(&mut engine, &job);
        let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
        q.slots.insert(job.key, Slot::Done(outcome));
        cvar.notify_all();
    }
}

fn run_job(engine: &mut Option<Engine>, job: &Job) -> Outcome {
    let s = setup()?;
    if engine.is_none() {
        let (e, ready) = Engine::start(s)?;
        queue().0.lock().unwrap_or_else(|e| e.into_inner()).ready = Some(ready);
        *engine = Some(e);
    }
    let e = engine.as_mut().unwrap();
    let what = &job.key;
    let sent = writeln!(e.stdin, "{}", job.line).and_then(|_| e.stdin.flush());
    if let Err(err) = sent {
        *engine = None;
        return Err(format!("{what}: writing to wasm/node.mjs: {err}"));
    }
    // Pyodide runs slower than the native interpreter: the same timeout, plus a margin.
    match e.read(job.timeout + Duration::from_secs(5), what) {
        Ok(answer) => {
            let r: Response = serde_json::from_str(&answer)
                .map_err(|err| format!("{what}: wasm/node.mjs said {answer:?}: {err}"))?;
            let ready = started().unwrap();
            Ok((r, ready))
        }
        Err(err) => {
            *engine = None; // killed or dead: a new one starts for the next listing
            let hint = if err.contains("still running") {
                " Make it faster, or raise `timeout` in its listing.toml."
            } else {
                ""
            };
            Err(format!("{err}{hint}"))
        }
    }
}

/// Queue listings to run before their trials ask (each: its trial's name, request, timeout).
pub fn prefetch(jobs: Vec<(String, Request, Duration)>) {
    if setup().is_err() {
        return; // the trials say why
    }
    for (key, req, timeout) in jobs {
        let _ = submit(&key, &req, timeout, false);
    }
}

/// Run one listing (`what`: its trial's name) in an engine, or wait for the run `prefetch`
/// queued for it; the engine is killed (and replaced) after `timeout`.
pub fn run(req: &Request, timeout: Duration, what: &str) -> Outcome {
    setup()?;
    submit(what, req, timeout, true)?;
    let (lock, cvar) = queue();
    let mut q = lock.lock().unwrap_or_else(|e| e.into_inner());
    // A trial is waiting for it: if it is still queued, it goes next.
    if let Some(i) = q.jobs.iter().position(|j| j.key == what) {
        let job = q.jobs.remove(i).unwrap();
        q.jobs.push_front(job);
    }
    loop {
        if let Some(Slot::Done(_)) = q.slots.get(what) {
            // Taken once: a later run of the same trial (re-recording) runs again.
            let Some(Slot::Done(r)) = q.slots.remove(what) else {
                unreachable!()
            };
            return r;
        }
        q = cvar.wait(q).unwrap_or_else(|e| e.into_inner());
    }
}

/// The engine's release, once one has started (for the note when it is not the recorded one).
pub fn started() -> Option<Ready> {
    queue()
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .ready
        .clone()
}
