//! The book as a whole: every code block is checked by exactly one mechanism, every include
//! resolves, every listing is shown, and the book builds with the pinned mdBook without a warning
//! or a broken link.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};
use support::listing::{self, Listing, rel, root, verdict};
use support::markdown::{self, Block};
use support::python;
use support::reuse;

fn main() {
    let args = Arguments::from_args();
    let trials = vec![
        Trial::test("self_test::the_checks_reject_what_they_must", || {
            check(the_checks_reject_what_they_must())
        }),
        Trial::test("chapters::every_block_is_checked", || {
            check(every_block_is_checked())
        }),
        Trial::test("chapters::includes_resolve", || check(includes_resolve())),
        Trial::test("chapters::every_listing_is_shown", || {
            check(every_listing_is_shown())
        }),
        Trial::test("chapters::summary_lists_every_chapter", || {
            check(summary_lists_every_chapter())
        }),
        Trial::test("chapters::errata_rows_are_tagged_and_counted", || {
            check(errata_problems(&read(&src().join(ERRATA))))
        }),
        Trial::test("build::korean_edition", || {
            check(reusing("korean_edition", || build_html(Edition::Ko)))
        }),
        Trial::test("build::english_edition", || {
            check(reusing("english_edition", || build_html(Edition::En)))
        }),
        Trial::test("english::messages_pot_is_current", || {
            check(reusing("messages_pot_is_current", messages_pot_is_current))
        }),
        Trial::test("english::every_message_is_translated", || {
            check(reusing(
                "every_message_is_translated",
                every_message_is_translated,
            ))
        }),
        Trial::test("english::same_chapters_and_code", || {
            check(reusing("same_chapters_and_code", same_chapters_and_code))
        }),
    ];
    let conclusion = libtest_mimic::run(&args, trials);
    reuse::report("book check(s) (the mdBook builds of both editions and what they show)");
    conclusion.exit();
}

/// The mdBook builds cost most of this test (five builds, ~14 s on two cores): a build check
/// that passed is not run again while nothing it reads changed (tests/support/reuse.rs).
fn reusing(name: &str, check: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    reuse::run("book", name, book_inputs(), check)
}

/// Everything the builds read: the book's configuration, chapters, translation and theme, every
/// listing (the chapters include them; mdbook-pyrs reads their listing.toml and outputs), the
/// preprocessors' sources, the crates pinned for the Playground links, the pinned tools
/// (path, size, time), `MDBOOK_*` and `PATH`, and this test's own code.
fn book_inputs() -> Option<String> {
    static INPUTS: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    INPUTS
        .get_or_init(|| {
            let r = root();
            let mut f = reuse::Fingerprint::new("book")
                .text(include_str!("book.rs"))
                .text(include_str!("support/markdown.rs"))
                .text(include_str!("support/listing.rs"));
            for file in [
                "book.toml",
                "Cargo.toml",
                "tools.txt",
                "po/edition-en.env",
                "scripts/mdbook-pyrs",
                "mdbook-pyrs/Cargo.toml",
            ] {
                f = f.file(&r.join(file));
            }
            for dir in ["src", "po", "theme", "listings", "mdbook-pyrs/src"] {
                f = f.tree(&r.join(dir));
            }
            for (name, binary) in [
                ("mdbook", "mdbook"),
                ("mdbook-katex", "mdbook-katex"),
                ("mdbook-i18n-helpers", "mdbook-gettext"),
                ("mdbook-i18n-helpers", "mdbook-xgettext"),
            ] {
                f = f.program(&tool(name, binary).ok()?);
            }
            f.env("MDBOOK").finish()
        })
        .clone()
}

fn check(r: Result<(), String>) -> Result<(), Failed> {
    r.map_err(Failed::from)
}

fn src() -> PathBuf {
    root().join("src")
}

/// The chapters: every Markdown file under src/ but SUMMARY.md.
fn chapters() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = listing::files(&src())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("SUMMARY.md"))
        .collect();
    v.sort();
    v
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", rel(p)))
}

/// The table of the design (BOOK-DESIGN.md §1): what each block must be, or why it is not.
fn classify(chapter: &Path, b: &Block) -> Result<(), String> {
    let inc = markdown::sole_include(b);
    let has_directive = !markdown::includes(&b.body).is_empty();
    let target = |i: &markdown::Include| chapter.parent().unwrap().join(&i.path);
    let in_listings = |p: &Path| {
        std::fs::canonicalize(p)
            .map(|c| c.starts_with(root().join("listings")))
            .unwrap_or(false)
    };
    let attrs = b.attrs();
    let forbidden: Vec<&&str> = attrs.iter().filter(|a| **a != "compile_fail").collect();
    if !forbidden.is_empty() {
        return Err(format!(
            "attribute {forbidden:?} is not allowed: a block is either run and checked, or a pinned compile_fail"
        ));
    }
    match (b.lang(), attrs.contains(&"compile_fail")) {
        ("python", false) => match inc {
            Some(i) if !i.rustdoc && i.path.ends_with(".py") && in_listings(&target(&i)) => Ok(()),
            _ => Err("a ```python block must be exactly `{{#include ../listings/…/main.py}}` (a listing the tests run)".into()),
        },
        ("rust", true) => match inc {
            Some(i) if i.path.ends_with(".rs") && !i.path.ends_with("main.rs") && in_listings(&target(&i)) => {
                let stderr = target(&i).with_extension("stderr");
                if stderr.is_file() {
                    Ok(())
                } else {
                    Err(format!(
                        "compile_fail listing without its pinned error {}: TRYBUILD=overwrite cargo test --test compile_fail",
                        rel(&normalize(&stderr))
                    ))
                }
            }
            _ => Err("a ```rust,compile_fail block must be exactly `{{#include ../listings/…/NAME.rs}}` with NAME.stderr beside it".into()),
        },
        ("rust", false) => match inc {
            Some(i) if i.path.ends_with("main.rs") && in_listings(&target(&i)) => {
                if i.selector.is_some() && !i.rustdoc {
                    Err("part of a Rust listing must use {{#rustdoc_include …:anchor}}, so that skeptic compiles the whole program".into())
                } else {
                    Ok(())
                }
            }
            Some(_) => Err("a ```rust block may include only a listing's main.rs".into()),
            None if has_directive => Err("an include in a ```rust block must be the block's only content".into()),
            None => Ok(()), // an inline snippet: skeptic compiles and runs it
        },
        ("text", false) => match inc {
            Some(i)
                if !i.rustdoc
                    && i.selector.is_none()
                    && (i.path.ends_with(".out") || i.path.ends_with(".stderr"))
                    && in_listings(&target(&i)) =>
            {
                Ok(())
            }
            _ => Err("a ```text block must be exactly `{{#include ../listings/…/python.out}}` (or rust.out, NAME.stderr): a recorded output the tests compare".into()),
        },
        (other, _) => Err(format!("a ```{other} block is checked by nothing (allowed: python, rust, rust,compile_fail, text)")),
    }
}

fn every_block_is_checked() -> Result<(), String> {
    let mut problems = Vec::new();
    for ch in chapters() {
        for b in markdown::fenced_blocks(&read(&ch)) {
            if let Err(e) = classify(&ch, &b) {
                problems.push(format!("{}:{}: ```{}: {e}", rel(&ch), b.line, b.info));
            }
        }
    }
    verdict(problems, "\n")
}

/// Every `{{#include}}` names a file that exists, and an anchor or line range inside it.
fn includes_resolve() -> Result<(), String> {
    let mut problems = Vec::new();
    for ch in chapters() {
        let text = read(&ch);
        for (n, line) in text.lines().enumerate() {
            for inc in markdown::includes(line) {
                let where_ = format!("{}:{}", rel(&ch), n + 1);
                let path = ch.parent().unwrap().join(&inc.path);
                let Ok(body) = std::fs::read_to_string(&path) else {
                    problems.push(format!(
                        "{where_}: included file {} does not exist",
                        inc.path
                    ));
                    continue;
                };
                match inc.selector.as_deref() {
                    None => {}
                    Some(sel) if sel.chars().all(|c| c.is_ascii_digit() || c == ':') => {
                        let lines = body.lines().count();
                        let bad = sel
                            .split(':')
                            .filter(|s| !s.is_empty())
                            .any(|s| s.parse::<usize>().map_or(true, |k| k == 0 || k > lines));
                        if bad {
                            problems.push(format!(
                                "{where_}: line range {sel} is outside {} ({lines} lines)",
                                inc.path
                            ));
                        }
                    }
                    Some(anchor) => {
                        let start = body.lines().any(|l| {
                            l.contains(&format!("ANCHOR: {anchor}")) && !l.contains("ANCHOR_END")
                        });
                        let end = body
                            .lines()
                            .any(|l| l.contains(&format!("ANCHOR_END: {anchor}")));
                        if !(start && end) {
                            problems.push(format!("{where_}: anchor `{anchor}` (ANCHOR: / ANCHOR_END:) not found in {}", inc.path));
                        }
                    }
                }
            }
        }
    }
    verdict(problems, "\n")
}

/// A listing no chapter shows is either dead weight or a chapter that forgot something.
fn every_listing_is_shown() -> Result<(), String> {
    let mut shown = BTreeSet::new();
    for ch in chapters() {
        for inc in markdown::includes(&read(&ch)) {
            if let Ok(p) = std::fs::canonicalize(ch.parent().unwrap().join(&inc.path)) {
                shown.insert(p);
            }
        }
    }
    let mut problems = Vec::new();
    for l in listing::all() {
        for f in listing::files(&l.dir) {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            let shown_kind = name == "main.py"
                || name.ends_with(".rs")
                || name.ends_with(".out")
                || name.ends_with(".stderr");
            // A per-version output is shown by the version switcher of its python.out's block
            // (checked on the built pages by `build::*_edition`).
            let f = if python::variant_version(&name).is_some() {
                l.dir.join("python.out")
            } else {
                f
            };
            if shown_kind && !shown.contains(&std::fs::canonicalize(&f).unwrap()) {
                problems.push(format!("{} is not included by any chapter", rel(&f)));
            }
        }
    }
    verdict(problems, "\n")
}

fn summary_lists_every_chapter() -> Result<(), String> {
    let summary = read(&src().join("SUMMARY.md"));
    let linked: BTreeSet<String> = summary
        .split("](")
        .skip(1)
        .filter_map(|s| s.split(')').next())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let mut problems = Vec::new();
    for ch in chapters() {
        let name = ch.file_name().unwrap().to_string_lossy().to_string();
        if !linked.contains(&name) {
            problems.push(format!("{} is not in src/SUMMARY.md", rel(&ch)));
        }
    }
    verdict(problems, "\n")
}

const ERRATA: &str = "appendix-errata.md";
/// The tags of the errata's rows, in the order the header lists them.
const ERRATA_TAGS: [&str; 3] = ["[오류]", "[환경/실행마다 다름]", "[설명 보완]"];

/// Appendix A: below its first `## ` heading every top-level list item is a row that starts with
/// one of ERRATA_TAGS, and the header states how many rows carry each tag ("`[오류]`(43개)") and
/// how many there are ("모두 85개 항목").
fn errata_problems(text: &str) -> Result<(), String> {
    let file = format!("src/{ERRATA}");
    let (header, body) = text.split_once("\n## ").unwrap_or((text, ""));
    let mut counts = [0usize; 3];
    let mut problems = Vec::new();
    for (n, line) in body.lines().enumerate() {
        let Some(row) = line.strip_prefix("- ") else {
            continue;
        };
        match ERRATA_TAGS
            .iter()
            .position(|t| row.starts_with(&format!("{t} ")))
        {
            Some(i) => counts[i] += 1,
            None => problems.push(format!(
                "{file}: the row at line {} has no tag: start it with one of {}",
                header.lines().count() + 1 + n,
                ERRATA_TAGS.join(" ")
            )),
        }
    }
    let stated = |needle: String| {
        header.split_once(&needle).and_then(|(_, rest)| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse::<usize>().ok()
        })
    };
    let total: usize = counts.iter().sum();
    let mut claims: Vec<(String, usize)> = ERRATA_TAGS
        .iter()
        .zip(counts)
        .map(|(t, c)| (format!("`{t}`("), c))
        .collect();
    claims.push(("모두 ".to_string(), total));
    for (needle, actual) in claims {
        match stated(needle.clone()) {
            Some(n) if n == actual => {}
            Some(n) => problems.push(format!(
                "{file}: the header says {needle}{n}… but {actual} rows are counted: correct the number \
                 (then `scripts/po-update` and fix its English translation in po/en.po)"
            )),
            None => problems.push(format!(
                "{file}: the header does not state the count {needle}N… ({actual} now)"
            )),
        }
    }
    verdict(problems, "\n")
}

/// The pinned version of a tool from tools.txt, and the tool itself if that version is on PATH.
fn tool(name: &str, binary: &str) -> Result<PathBuf, String> {
    let pins = read(&root().join("tools.txt"));
    let version = pins
        .lines()
        .filter_map(|l| l.split_once(' '))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.trim().to_string())
        .ok_or_else(|| format!("tools.txt does not pin {name}"))?;
    let mut path = std::env::var_os("PATH").unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo").into()))
    {
        let mut p = std::env::split_paths(&path).collect::<Vec<_>>();
        p.push(Path::new(&home).join("bin"));
        path = std::env::join_paths(p).unwrap();
    }
    let found = std::env::split_paths(&path)
        .map(|d| d.join(binary))
        .find(|p| p.is_file());
    let install = "run `scripts/tools` (cargo install --locked of the versions in tools.txt; about 17 min on two cores the first time)";
    let Some(exe) = found else {
        return Err(format!(
            "{binary} ({name} {version}) is not installed: {install}"
        ));
    };
    if binary == "mdbook" {
        let out = Command::new(&exe)
            .arg("--version")
            .output()
            .map_err(|e| format!("{}: {e}", exe.display()))?;
        let got = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if got != format!("mdbook v{version}") {
            return Err(format!(
                "{} is `{got}`, the book pins mdbook {version}: {install}",
                exe.display()
            ));
        }
    }
    Ok(exe)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Edition {
    Ko,
    En,
}

impl Edition {
    fn name(self) -> &'static str {
        match self {
            Edition::Ko => "ko",
            Edition::En => "en",
        }
    }
}

/// `mdbook build` of one edition, with one renderer (`output`: the MDBOOK_OUTPUT table, or None
/// for book.toml's HTML), into `dest`; fails on any warning.
fn mdbook_build(edition: Edition, output: Option<&str>, dest: &Path) -> Result<(), String> {
    let mdbook = tool("mdbook", "mdbook")?;
    tool("mdbook-katex", "mdbook-katex")?;
    tool("mdbook-i18n-helpers", "mdbook-gettext")?;
    let bin_dir = mdbook.parent().unwrap().to_path_buf();
    let mut paths = vec![bin_dir];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let mut cmd = Command::new(&mdbook);
    cmd.current_dir(root())
        .env("PATH", std::env::join_paths(paths).unwrap())
        .env_remove("MDBOOK_BOOK__LANGUAGE")
        .env("RUST_LOG", "warn")
        .arg("build")
        .arg("--dest-dir")
        .arg(dest);
    if edition == Edition::En {
        for line in read(&root().join("po/edition-en.env")).lines() {
            if let Some((k, v)) = line.split_once('=').filter(|_| !line.starts_with('#')) {
                cmd.env(k.trim(), v.trim());
            }
        }
    }
    if let Some(o) = output {
        cmd.env("MDBOOK_OUTPUT", o);
    }
    let out = cmd.output().map_err(|e| format!("mdbook: {e}"))?;
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let noisy: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("WARN") || l.contains("ERROR"))
        .filter(|l| !KNOWN_HARMLESS.iter().any(|k| l.contains(k)))
        .collect();
    if !out.status.success() || !noisy.is_empty() {
        return Err(format!(
            "`mdbook build` ({} edition) must succeed without warnings:\n{log}",
            edition.name()
        ));
    }
    Ok(())
}

/// Warnings that say nothing about the book. mdbook-katex 0.10.0 (the latest) was released
/// against mdbook-preprocessor 0.5.3 and says so when mdBook 0.5.4 runs it; the protocol is the
/// same and the rendered math is checked by the offline test.
const KNOWN_HARMLESS: &[&str] =
    &["mdbook-katex was built against mdbook v0.5.3, but we are being called from mdbook v0.5.4"];

fn build_html(edition: Edition) -> Result<(), String> {
    let dest = support::run::target_dir()
        .join("book-test/html")
        .join(edition.name());
    mdbook_build(edition, None, &dest)?;
    let index = read(&dest.join("index.html"));
    let want = format!("<html lang=\"{}\"", edition.name());
    if !index.contains(&want) {
        return Err(format!(
            "{}: expected {want}",
            dest.join("index.html").display()
        ));
    }
    let mut problems = Vec::new();
    for r in [
        check_links(&dest),
        version_panels(&dest),
        rendered_prose(edition, &dest),
    ] {
        if let Err(e) = r {
            problems.push(e);
        }
    }
    verdict(problems, "\n")
}

/// What a reader sees on each chapter page, outside code: no Markdown that failed to parse
/// (a literal `**`, `__` or backtick: CommonMark's flanking rules reject `**…`code`**가`, and the
/// build does not warn), and every "N장" / "chapter N" is a link to chapter N.
fn rendered_prose(edition: Edition, site: &Path) -> Result<(), String> {
    let mut problems = Vec::new();
    for ch in chapters() {
        let page = Path::new(ch.file_name().unwrap()).with_extension("html");
        let html = read(&site.join(&page));
        for p in prose_problems(&html, edition) {
            problems.push(format!(
                "{} edition, {} ({}): {p}",
                edition.name(),
                page.display(),
                rel(&ch)
            ));
        }
    }
    verdict(problems, "\n")
}

/// The text of a page's `<main>` without code, math source, scripts and tags, anchors kept as
/// `<a href="…">…</a>` so that cross-references can be told from plain mentions.
fn visible_prose(html: &str) -> String {
    let main = html
        .split_once("<main>")
        .and_then(|(_, rest)| rest.split_once("</main>"))
        .map_or(html, |(m, _)| m);
    let drop = regex::Regex::new(
        r#"(?s)<pre[ >].*?</pre>|<code[ >].*?</code>|<script[ >].*?</script>|<style[ >].*?</style>|<annotation[ >].*?</annotation>|<span class="katex-mathml">.*?</math></span>"#,
    )
    .unwrap();
    let tags = regex::Regex::new(r#"<(?:/a|a\s[^>]*)>|<[^>]*>"#).unwrap();
    let text = drop.replace_all(main, " ");
    // mdBook's self-links around headings (`<a class="header" href="#…">`) are not references.
    let header = regex::Regex::new(r#"<a class="header" [^>]*>"#).unwrap();
    let text = header.replace_all(&text, " ");
    let text = tags.replace_all(&text, |c: &regex::Captures| {
        let t = &c[0];
        if t == "</a>" || t.starts_with("<a ") {
            t.to_string()
        } else {
            " ".to_string()
        }
    });
    html_unescape(&text)
}

fn prose_problems(html: &str, edition: Edition) -> Vec<String> {
    let text = visible_prose(html);
    let mut problems = Vec::new();
    let link = regex::Regex::new(r#"(?s)<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>"#).unwrap();
    // (text outside links, the href of the link that follows it)
    let mut outside: Vec<(&str, Option<&str>)> = Vec::new();
    let mut last = 0;
    for c in link.captures_iter(&text) {
        let m = c.get(0).unwrap();
        outside.push((&text[last..m.start()], Some(c.get(1).unwrap().as_str())));
        last = m.end();
    }
    outside.push((&text[last..], None));
    let context = |s: &str, at: usize| {
        let start = s[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
        let end = s[at..]
            .char_indices()
            .nth(30)
            .map_or(s.len(), |(i, _)| at + i);
        s[start..end]
            .replace("</a>", " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mention = match edition {
        Edition::Ko => regex::Regex::new(r"(\d+)장").unwrap(),
        Edition::En => regex::Regex::new(r"\b[Cc]hapter (\d+)\b").unwrap(),
    };
    let goes_to = |href: &str, n: &str| {
        href.rsplit('/')
            .next()
            .unwrap_or(href)
            .starts_with(&format!("ch{n:0>2}-"))
    };
    for (segment, next_href) in &outside {
        for leak in ["**", "__", "`"] {
            for (at, _) in segment.match_indices(leak) {
                problems.push(format!(
                    "Markdown shows as text: `{leak}` in \"{}\" (CommonMark did not parse it: move a particle \
                     inside the emphasis, write a literal backtick as a code span, or drop the markup)",
                    context(segment, at)
                ));
            }
        }
        for m in mention.captures_iter(segment) {
            let whole = m.get(0).unwrap();
            // "## 9장. [namedtuple과 구조체](ch09-namedtuple.md)": the title that follows is the link.
            let heading_style = segment[whole.end()..].trim() == "."
                && next_href.is_some_and(|h| goes_to(h, &m[1]));
            if !heading_style {
                problems.push(format!(
                    "\"{}\" is not a link: write it as a link to chapter {} (e.g. [{}](ch{:0>2}-….md))",
                    context(segment, whole.start()),
                    &m[1],
                    &m[0],
                    &m[1]
                ));
            }
        }
    }
    for c in link.captures_iter(&text) {
        let (href, label) = (&c[1], &c[2]);
        let Some(n) = mention.captures(label).map(|m| m[1].to_string()) else {
            continue;
        };
        if !goes_to(href, &n) {
            problems.push(format!(
                "the link \"{}\" goes to {href}, not to chapter {n}",
                label.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    problems
}

/// Every Python output shows what each supported CPython prints: where a listing has
/// `python-3.X.out` files, its page has a `py-versions` group whose panels cover every version,
/// each holding exactly that version's recorded output (theme/versions.js adds the switcher);
/// an output every version prints the same carries the `py-same` mark.
fn version_panels(site: &Path) -> Result<(), String> {
    let supported = python::supported()?;
    let mut problems = Vec::new();
    for ch in chapters() {
        let name = ch.file_name().unwrap().to_string_lossy().to_string();
        let page = site.join(Path::new(&name).with_extension("html"));
        let html = read(&page);
        for inc in markdown::includes(&read(&ch)) {
            if !inc.path.ends_with("/python.out") {
                continue;
            }
            let dir = normalize(&ch.parent().unwrap().join(&inc.path))
                .parent()
                .unwrap()
                .to_path_buf();
            for p in panel_problems(&html, &dir, supported) {
                problems.push(format!("{}: {p}", rel(&ch)));
            }
        }
        // Every Python listing has its Run button (or the reason it has none), every Rust
        // listing its Playground link.
        let wasm = supported.iter().find(|v| python::is_wasm(v));
        for inc in markdown::includes(&read(&ch)) {
            let file = normalize(&ch.parent().unwrap().join(&inc.path));
            let dir = file.parent().unwrap().to_path_buf();
            let key = format!(
                "{}/{}",
                dir.parent().unwrap().file_name().unwrap().to_string_lossy(),
                dir.file_name().unwrap().to_string_lossy()
            );
            if inc.path.ends_with("/main.py")
                && let Some(w) = wasm
            {
                for p in run_problems(&html, &dir, w) {
                    problems.push(format!("{}: {p}", rel(&ch)));
                }
            } else if inc.path.ends_with(".rs")
                && !html.contains(&format!(
                    r#"<div class="rs-play" data-listing="{key}" data-file="{}""#,
                    file.file_name().unwrap().to_string_lossy()
                ))
            {
                problems.push(format!(
                    "{}: listings/{key}: its Rust block has no Playground link (class rs-play): book.toml must run the \
                     pyrs-blocks preprocessor (mdbook-pyrs)",
                    rel(&ch)
                ));
            }
        }
    }
    verdict(problems, "\n")
}

/// What is wrong with the panels of one listing's Python output on a built page. A listing
/// that declares it cannot run in WebAssembly (`[python] wasm = "…"`) has no panel for that
/// version, but a note with the reason.
fn panel_problems(html: &str, dir: &Path, supported: &[String]) -> Vec<String> {
    let key = format!(
        "{}/{}",
        dir.parent().unwrap().file_name().unwrap().to_string_lossy(),
        dir.file_name().unwrap().to_string_lossy()
    );
    let fix = "its ```text block must be exactly `{{#include …/python.out}}`, and book.toml must run the \
               pyrs-blocks preprocessor (mdbook-pyrs)";
    let not_run = |v: &str| -> Option<String> {
        if !python::is_wasm(v) {
            return None;
        }
        let l = Listing {
            dir: dir.to_path_buf(),
            chapter: String::new(),
            name: String::new(),
        };
        l.spec().ok().and_then(|s| s.python.wasm)
    };
    let shown: Vec<&String> = supported.iter().filter(|v| not_run(v).is_none()).collect();
    let file_of = |v: &str| {
        let variant = dir.join(python::variant_file(v));
        if v != supported[0] && variant.is_file() {
            variant
        } else {
            dir.join("python.out")
        }
    };
    let has_variants = shown[1..]
        .iter()
        .any(|v| file_of(v) != dir.join("python.out"));
    let same_start = format!(r#"<div class="py-versions py-same" data-listing="{key}""#);
    let start = format!(r#"<div class="py-versions" data-listing="{key}""#);
    let group_at = html.find(&same_start).or_else(|| html.find(&start));
    let group = group_at.map(|at| {
        let g = &html[at + 20..];
        &g[..g.find(r#"<div class="py-versions"#).unwrap_or(g.len())]
    });
    let mut problems = Vec::new();
    for v in supported {
        if let (Some(reason), Some(g)) = (not_run(v), group) {
            let note =
                format!(r#"<p class="py-version-note" data-py="{v}" data-wasm-reason="{reason}">"#);
            if !g.contains(&note) {
                problems.push(format!(
                    "listings/{key}: it is not run under {} (wasm = \"{reason}\" in its listing.toml), but its page \
                     does not say so: {fix}",
                    python::label(v)
                ));
            }
        }
    }
    if !has_variants {
        if !html.contains(&same_start) {
            problems.push(format!(
                "listings/{key}/python.out is printed the same by every supported CPython, but its page does not say so \
                 (no py-same mark): {fix}"
            ));
        }
        return problems;
    }
    let Some(at) = html.find(&start) else {
        problems.push(format!(
            "listings/{key} has per-version outputs, but its page shows no version switcher for them: {fix}"
        ));
        return problems;
    };
    let group = &html[at + start.len()..];
    let group = &group[..group
        .find(r#"<div class="py-versions"#)
        .unwrap_or(group.len())];
    let panel = regex::Regex::new(
        r#"(?s)<div class="py-version" data-py="([^"]*)">.*?<code class="language-text">(.*?)</code>"#,
    )
    .unwrap();
    let panels: Vec<(Vec<String>, String)> = panel
        .captures_iter(group)
        .map(|c| {
            (
                c[1].split(' ').map(str::to_string).collect(),
                html_unescape(&c[2]),
            )
        })
        .collect();
    for v in supported {
        let panel = panels.iter().find(|(vs, _)| vs.contains(v));
        if not_run(v).is_some() {
            if panel.is_some() {
                problems.push(format!(
                    "listings/{key}: its page has a panel for {}, under which it is not run",
                    python::label(v)
                ));
            }
            continue;
        }
        let want = std::fs::read_to_string(file_of(v)).unwrap_or_default();
        match panel {
            None => problems.push(format!(
                "listings/{key}: its page has no panel for {}: {fix}",
                python::label(v)
            )),
            Some((_, shown)) if *shown != want => problems.push(format!(
                "listings/{key}: the page's {} panel does not show {}",
                python::label(v),
                rel(&file_of(v))
            )),
            Some(_) => {}
        }
    }
    problems
}

/// The Run button of a listing's Python block (theme/run.js) judges the output as the tests do:
/// its `data-*` are what listing.toml says under CPython in WebAssembly (exit status, timeout,
/// unordered lines, redactions, environment), or the reason it cannot run there.
fn run_problems(html: &str, dir: &Path, wasm: &str) -> Vec<String> {
    let key = format!(
        "{}/{}",
        dir.parent().unwrap().file_name().unwrap().to_string_lossy(),
        dir.file_name().unwrap().to_string_lossy()
    );
    let l = Listing {
        dir: dir.to_path_buf(),
        chapter: String::new(),
        name: String::new(),
    };
    let spec = match l.spec() {
        Ok(s) => s.python.for_version(wasm),
        Err(e) => return vec![e],
    };
    let start = format!(r#"<div class="py-run" data-listing="{key}" "#);
    let Some(at) = html.find(&start) else {
        return vec![format!(
            "listings/{key}: its Python block has no Run button (class py-run): book.toml must run the pyrs-blocks \
             preprocessor (mdbook-pyrs)"
        )];
    };
    let tag = &html[at..at + html[at..].find('>').unwrap_or(0)];
    let attr = |name: &str| -> Option<String> {
        let needle = format!(r#" data-{name}=""#);
        let i = tag.find(&needle)? + needle.len();
        Some(html_unescape(&tag[i..i + tag[i..].find('"')?]))
    };
    let mut problems = Vec::new();
    let mut want = |name: &str, value: String| {
        if attr(name).as_deref() != Some(value.as_str()) {
            problems.push(format!(
                "listings/{key}: its Run button says data-{name}={:?}, listing.toml means {value:?}",
                attr(name)
            ));
        }
    };
    match &spec.wasm {
        Some(reason) => want("wasm-reason", reason.clone()),
        None => {
            want("py", wasm.to_string());
            want("exit", spec.exit.to_string());
            want("timeout", spec.timeout.unwrap_or(10).to_string());
            want("unordered", spec.unordered.to_string());
            want("redact", serde_json::to_string(&spec.redact).unwrap());
            want("env", serde_json::to_string(&spec.env).unwrap());
        }
    }
    problems
}

/// What a browser reads from HTML text: the named entities mdBook writes and numeric ones
/// (`&#92;`, `&#x27;`).
fn html_unescape(s: &str) -> String {
    let numeric = regex::Regex::new(r"&#(x[0-9a-fA-F]+|[0-9]+);").unwrap();
    let s = numeric.replace_all(s, |c: &regex::Captures| {
        let n = &c[1];
        let code = match n.strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => n.parse().ok(),
        };
        code.and_then(char::from_u32)
            .map_or_else(|| c[0].to_string(), |ch| ch.to_string())
    });
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Every relative link and fragment of the built site resolves (mdBook does not check them).
fn check_links(site: &Path) -> Result<(), String> {
    let href = regex::Regex::new(r#"(?:href|src)="([^"]*)""#).unwrap();
    let id = regex::Regex::new(r#"\sid="([^"]*)""#).unwrap();
    let mut pages: BTreeMap<PathBuf, String> = BTreeMap::new();
    let mut stack = vec![site.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)
            .map_err(|e| format!("{}: {e}", d.display()))?
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "html") {
                pages.insert(p.clone(), std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    let ids: BTreeMap<&PathBuf, BTreeSet<&str>> = pages
        .iter()
        .map(|(p, html)| {
            (
                p,
                id.captures_iter(html)
                    .map(|c| c.get(1).unwrap().as_str())
                    .collect(),
            )
        })
        .collect();
    let mut problems = BTreeSet::new();
    for (page, html) in &pages {
        if page
            .file_name()
            .is_some_and(|n| n == "404.html" || n == "print.html")
        {
            continue; // 404 links from the site root; print.html repeats every chapter
        }
        for c in href.captures_iter(html) {
            let link = &c[1];
            if link.is_empty()
                || link.contains("://")
                || link.starts_with("mailto:")
                || link.starts_with("javascript:")
            {
                continue;
            }
            let (path, frag) = link
                .split_once('#')
                .map_or((link, None), |(p, f)| (p, Some(f)));
            let path = path.split('?').next().unwrap();
            let target = if path.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(path)
            };
            let target = normalize(&target);
            let where_ = page.strip_prefix(site).unwrap().display().to_string();
            if !target.exists() {
                problems.insert(format!("{where_}: broken link {link}"));
                continue;
            }
            if let Some(f) = frag.filter(|f| !f.is_empty())
                && target.extension().is_some_and(|x| x == "html")
                && !ids.get(&target).is_some_and(|s| s.contains(f))
            {
                problems.insert(format!("{where_}: link {link}: no id=\"{f}\" there"));
            }
        }
    }
    verdict(problems.into_iter().collect(), "\n")
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The English edition's messages, as a fresh extraction from src/ sees them.
fn extract_pot() -> Result<String, String> {
    // Two trials need it and run in parallel: extract once (they would share the folder).
    static POT: std::sync::OnceLock<Result<String, String>> = std::sync::OnceLock::new();
    POT.get_or_init(|| {
        let dest = support::run::target_dir().join("book-test/pot");
        let _ = std::fs::remove_dir_all(&dest);
        mdbook_build(
            Edition::Ko,
            Some(r#"{"xgettext": {"pot-file": "messages.pot", "granularity": 0}}"#),
            &dest,
        )?;
        std::fs::read_to_string(dest.join("messages.pot"))
            .map_err(|e| format!("xgettext wrote no messages.pot: {e}"))
    })
    .clone()
}

fn without_creation_date(pot: &str) -> String {
    pot.lines()
        .filter(|l| !l.starts_with("\"POT-Creation-Date:"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn messages_pot_is_current() -> Result<(), String> {
    let fresh = extract_pot()?;
    let committed = std::fs::read_to_string(root().join("po/messages.pot")).unwrap_or_default();
    if without_creation_date(&fresh) == without_creation_date(&committed) {
        Ok(())
    } else {
        Err("po/messages.pot is stale: the Korean chapters changed. Run `scripts/po-update`, translate \
             what po/en.po then marks fuzzy or leaves empty, and review `git diff po/`."
            .into())
    }
}

/// One PO entry: the message, its translation, whether it is fuzzy.
struct PoEntry {
    msgid: String,
    msgstr: String,
    fuzzy: bool,
}

fn parse_po(text: &str) -> Vec<PoEntry> {
    fn unquote(s: &str) -> String {
        let s = s.trim();
        let s = s
            .strip_prefix('"')
            .and_then(|s| s.strip_suffix('"'))
            .unwrap_or(s);
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(o) => out.push(o),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }
    let mut entries = Vec::new();
    for chunk in text.split("\n\n") {
        let lines: Vec<&str> = chunk.lines().filter(|l| !l.starts_with("#~")).collect();
        let fuzzy = lines
            .iter()
            .any(|l| l.starts_with("#,") && l.contains("fuzzy"));
        let (mut id, mut st, mut cur) = (String::new(), String::new(), 0);
        for l in &lines {
            if let Some(rest) = l.strip_prefix("msgid ") {
                cur = 1;
                id.push_str(&unquote(rest));
            } else if let Some(rest) = l.strip_prefix("msgstr ") {
                cur = 2;
                st.push_str(&unquote(rest));
            } else if l.starts_with('"') {
                match cur {
                    1 => id.push_str(&unquote(l)),
                    2 => st.push_str(&unquote(l)),
                    _ => {}
                }
            }
        }
        if cur != 0 && !id.is_empty() {
            entries.push(PoEntry {
                msgid: id,
                msgstr: st,
                fuzzy,
            });
        }
    }
    entries
}

/// Every message of the Korean source has a finished English translation.
fn every_message_is_translated() -> Result<(), String> {
    let fresh = extract_pot()?;
    let po_path = root().join("po/en.po");
    let po = std::fs::read_to_string(&po_path)
        .map_err(|e| format!("po/en.po: {e}: run scripts/po-update"))?;
    let translations: BTreeMap<String, PoEntry> = parse_po(&po)
        .into_iter()
        .map(|e| (e.msgid.clone(), e))
        .collect();
    let mut missing = Vec::new();
    for e in parse_po(&fresh) {
        match translations.get(&e.msgid) {
            None => missing.push(format!("not in po/en.po: {:?}", e.msgid)),
            Some(t) if t.fuzzy => missing.push(format!("fuzzy: {:?}", e.msgid)),
            Some(t) if t.msgstr.is_empty() => missing.push(format!("untranslated: {:?}", e.msgid)),
            Some(_) => {}
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let n = missing.len();
    missing.truncate(25);
    Err(format!(
        "{n} English message(s) missing. Run `scripts/po-update`, translate them in po/en.po, remove the \
         fuzzy flags:\n{}{}",
        missing.join("\n"),
        if n > 25 { "\n…" } else { "" }
    ))
}

/// Both editions have the same chapters, and the same code in them apart from comments
/// (which may be translated): string literals and outputs are what the tests checked.
fn same_chapters_and_code() -> Result<(), String> {
    let base = support::run::target_dir().join("book-test/md");
    let mut editions = Vec::new();
    for e in [Edition::Ko, Edition::En] {
        let dest = base.join(e.name());
        let _ = std::fs::remove_dir_all(&dest);
        mdbook_build(e, Some(r#"{"markdown": {}}"#), &dest)?;
        let mut chapters = BTreeMap::new();
        for f in listing::files(&dest)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
        {
            let blocks: Vec<(usize, String)> = markdown::fenced_blocks(&read(&f))
                .into_iter()
                .map(|b| {
                    (
                        b.line,
                        format!("```{}\n{}", b.info, strip_comments(b.lang(), &b.body)),
                    )
                })
                .collect();
            chapters.insert(f.file_name().unwrap().to_string_lossy().to_string(), blocks);
        }
        editions.push(chapters);
    }
    let (ko, en) = (&editions[0], &editions[1]);
    let mut problems = Vec::new();
    let names: BTreeSet<&String> = ko.keys().chain(en.keys()).collect();
    for name in names {
        match (ko.get(name), en.get(name)) {
            (Some(k), Some(e)) => {
                if k.len() != e.len() {
                    problems.push(format!(
                        "{name}: {} code blocks in Korean, {} in English",
                        k.len(),
                        e.len()
                    ));
                }
                for ((kl, kb), (el, eb)) in k.iter().zip(e) {
                    if kb != eb {
                        problems.push(format!(
                            "{name}: the code block at Korean line {kl} / English line {el} differs beyond comments \
                             (a translated string literal changes what the program prints; keep msgstr = msgid):\n--- ko\n{kb}\n--- en\n{eb}"
                        ));
                    }
                }
            }
            _ => problems.push(format!("{name}: only in one edition")),
        }
    }
    verdict(problems, "\n\n")
}

/// A code block without its comments: `#` (Python) and `//` (Rust) to the end of the line,
/// outside string literals; other languages are compared as they are.
fn strip_comments(lang: &str, code: &str) -> String {
    let marker = match lang {
        "python" => "#",
        "rust" => "//",
        _ => return code.to_string(),
    };
    code.lines()
        .map(|line| {
            let mut quote: Option<char> = None;
            let mut escaped = false;
            for (i, c) in line.char_indices() {
                match quote {
                    Some(q) => {
                        if escaped {
                            escaped = false;
                        } else if c == '\\' {
                            escaped = true;
                        } else if c == q {
                            quote = None;
                        }
                    }
                    None if c == '"' || (lang == "python" && c == '\'') => quote = Some(c),
                    None if line[i..].starts_with(marker) => {
                        return line[..i].trim_end().to_string();
                    }
                    None => {}
                }
            }
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The checks above can fail: each kind of block the design forbids is rejected, each allowed
/// kind accepted (a check that accepts everything would pass on any book).
fn the_checks_reject_what_they_must() -> Result<(), String> {
    let chapter = src().join("self-test.md"); // only its folder matters
    let l = "../listings/ch02-str-repr/03-student-list";
    let cases: Vec<(String, bool)> = vec![
        (
            format!("```python\n{{{{#include {l}/main.py}}}}\n```"),
            true,
        ),
        ("```python\nprint('typed by hand')\n```".into(), false),
        (
            format!("```text\n{{{{#include {l}/python.out}}}}\n```"),
            true,
        ),
        ("```text\nan output typed by hand\n```".into(), false),
        (format!("```rust\n{{{{#include {l}/main.rs}}}}\n```"), true),
        ("```rust\nfn main() {}\n```".into(), true),
        ("```rust,ignore\nfn main() {}\n```".into(), false),
        ("```rust,no_run\nfn main() {}\n```".into(), false),
        (
            format!("```rust,compile_fail\n{{{{#include {l}/fail.rs}}}}\n```"),
            true,
        ),
        (
            format!("```rust,compile_fail\n{{{{#include {l}/main.rs}}}}\n```"),
            false,
        ),
        (
            "```rust,compile_fail\nfn main() { let x: i32 = \"\"; }\n```".into(),
            false,
        ),
        (
            format!("```rust\n{{{{#include {l}/main.rs:part}}}}\n```"),
            false,
        ),
        (
            format!("```rust\n// shown\n{{{{#include {l}/main.rs}}}}\n```"),
            false,
        ),
        ("```console\n$ cargo run\n```".into(), false),
        ("```\nno language\n```".into(), false),
        (
            format!("```python\n{{{{#include {l}/missing.py}}}}\n```"),
            false,
        ),
    ];
    let mut wrong = Vec::new();
    for (md, ok) in &cases {
        let blocks = markdown::fenced_blocks(md);
        let [b] = blocks.as_slice() else {
            wrong.push(format!("parser found {} blocks in {md:?}", blocks.len()));
            continue;
        };
        if classify(&chapter, b).is_ok() != *ok {
            wrong.push(format!(
                "{md:?} should be {}",
                if *ok { "accepted" } else { "rejected" }
            ));
        }
    }
    let errata = "- `[오류]`(1개) x\n- `[환경/실행마다 다름]`(0개) y\n- `[설명 보완]`(1개) z\n모두 2개 항목\n\n## 1장\n\n- [오류] **a**\n- [설명 보완] **b**\n";
    if errata_problems(errata).is_err()
        || errata_problems(&errata.replace("- [오류] **a**", "- **a**")).is_ok()
        || errata_problems(&errata.replace("(1개) x", "(2개) x")).is_ok()
    {
        wrong.push(
            "errata_problems must accept counted tags and reject an untagged row or a wrong count"
                .into(),
        );
    }
    if strip_comments("python", "x = '#'  # note") != "x = '#'"
        || strip_comments("rust", "let s = \"//\"; // note") != "let s = \"//\";"
    {
        wrong.push("strip_comments must keep literals and drop comments".into());
    }
    let po = "msgid \"a\"\nmsgstr \"\"\n\n#, fuzzy\nmsgid \"b\"\nmsgstr \"B\"\n\nmsgid \"c\"\n\"d\"\nmsgstr \"CD\"\n";
    let e = parse_po(po);
    if e.len() != 3
        || !e[0].msgstr.is_empty()
        || !e[1].fuzzy
        || e[2].msgid != "cd"
        || e[2].msgstr != "CD"
    {
        wrong.push("parse_po misreads empty, fuzzy or multi-line entries".into());
    }
    // What the reader sees: leaks and plain or wrong chapter mentions are found, links pass.
    let page = |body: &str| format!("<html><main>{body}</main></html>");
    for (body, edition, bad) in [
        ("<p>**<code>impl Add</code>**가 …</p>", Edition::Ko, true),
        (
            "<p><strong><code>impl Add</code></strong>가</p>",
            Edition::Ko,
            false,
        ),
        ("<p>see 9장</p>", Edition::Ko, true),
        (
            r#"<p><a href="ch09-namedtuple.html">9장</a></p>"#,
            Edition::Ko,
            false,
        ),
        (
            r#"<p><a href="ch08-magic-methods.html">9장</a></p>"#,
            Edition::Ko,
            true,
        ),
        ("<p>see chapter 9</p>", Edition::En, true),
        (
            r#"<p><a href="ch09-namedtuple.html#x">chapter 9</a></p>"#,
            Edition::En,
            false,
        ),
        (
            "<pre><code>a ** b `x` __init__ 9장</code></pre>",
            Edition::Ko,
            false,
        ),
        ("<p>a __ b</p>", Edition::Ko, true),
        (
            r##"<h2><a class="header" href="#9장">9장. <a href="ch09-namedtuple.html">namedtuple</a></a></h2>"##,
            Edition::Ko,
            false,
        ),
        (
            r##"<h2><a class="header" href="#9장">9장. <a href="ch08-x.html">namedtuple</a></a></h2>"##,
            Edition::Ko,
            true,
        ),
    ] {
        if prose_problems(&page(body), edition).is_empty() == bad {
            wrong.push(format!(
                "prose check: {body:?} should be {}",
                if bad { "rejected" } else { "accepted" }
            ));
        }
    }
    // The version panels check rejects a page without the switcher, or with a panel missing.
    if let Some(l) = listing::all()
        .into_iter()
        .find(|l| l.dir.join(python::variant_file("3.11")).is_file())
        && let Ok(supported) = python::supported()
    {
        if panel_problems("<p>no panels</p>", &l.dir, supported).is_empty() {
            wrong.push("a page without a version switcher must be rejected".into());
        }
        let key = format!("{}/{}", l.chapter, l.name);
        let one = format!(
            r#"<div class="py-versions" data-listing="{key}"><div class="py-version" data-py="{}"><pre><code class="language-text">{}</code></pre></div></div>"#,
            supported[0],
            std::fs::read_to_string(l.dir.join("python.out")).unwrap_or_default()
        );
        if panel_problems(&one, &l.dir, supported).is_empty() {
            wrong.push("a switcher without a panel for every version must be rejected".into());
        }
    }
    // A listing not run in WebAssembly must say why on its page; a Python block must carry its
    // Run button with listing.toml's settings.
    if let Ok(supported) = python::supported()
        && let Some(w) = supported.iter().find(|v| python::is_wasm(v))
    {
        if let Some(l) = listing::all()
            .into_iter()
            .find(|l| l.spec().is_ok_and(|s| s.python.wasm.is_some()))
        {
            let key = format!("{}/{}", l.chapter, l.name);
            let page = format!(
                r#"<div class="py-versions py-same" data-listing="{key}" data-versions="x"><p class="py-version-label">x</p></div>"#
            );
            if panel_problems(&page, &l.dir, supported).is_empty() {
                wrong.push(
                    "a listing not run in WebAssembly whose page does not say why must be rejected"
                        .into(),
                );
            }
            if run_problems("<p>no run button</p>", &l.dir, w).is_empty() {
                wrong.push("a Python block without its Run button must be rejected".into());
            }
        }
        if let Some(l) = listing::all().into_iter().find(|l| {
            l.has(listing::Lang::Python) && l.spec().is_ok_and(|s| s.python.wasm.is_none())
        }) {
            let key = format!("{}/{}", l.chapter, l.name);
            let page = format!(
                r#"<div class="py-run" data-listing="{key}" data-py="{w}" data-exit="7" data-timeout="10" data-unordered="false" data-redact="{{}}" data-env="{{}}">"#
            );
            if run_problems(&page, &l.dir, w).is_empty() {
                wrong.push(
                    "a Run button whose exit status is not listing.toml's must be rejected".into(),
                );
            }
        }
    }
    verdict(wrong, "\n")
}
