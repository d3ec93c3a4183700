//! Hands the chapters to skeptic the way a reader sees them: `{{#include}}` and
//! `{{#rustdoc_include}}` expanded by mdBook's own link preprocessor (mdbook-driver).
//!
//! Before expansion each ```rust block is labelled for skeptic:
//! - an inline snippet stays `rust`: skeptic compiles and runs it;
//! - an included listing becomes `rust,no_run`: skeptic compiles the text the page shows (again
//!   only when it, the compiler or the crates changed: tests/skeptic.rs), and tests/listings.rs
//!   runs the same file (in its folder, with its environment) and checks its output;
//! - `rust,compile_fail` becomes `text`: skeptic cannot check a failure (it would compile it as
//!   normal code); tests/compile_fail.rs (trybuild) pins its error instead.
//!
//! Other blocks are not Rust and skeptic skips them.

#[path = "tests/support/markdown.rs"]
mod markdown;

use mdbook_driver::MDBook;
use mdbook_driver::book::BookItem;
use mdbook_driver::builtin_preprocessors::LinkPreprocessor;
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("chapters");
    println!("cargo:rerun-if-changed=book.toml");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=tests/support/markdown.rs");

    let mut md =
        MDBook::load(&root).unwrap_or_else(|e| panic!("mdBook cannot load the book: {e:#}"));
    let src_dir = root.join(&md.config.book.src);
    let mut included_rust = Vec::new();
    md.book.for_each_chapter_mut(|ch| {
        let Some(path) = &ch.path else { return };
        let chapter_dir = src_dir.join(path).parent().unwrap().to_path_buf();
        let mut text = ch.content.clone();
        // Rewrite info strings back to front so earlier spans stay valid.
        for block in markdown::fenced_blocks(&ch.content).into_iter().rev() {
            if block.lang() != "rust" {
                continue;
            }
            let new_info = if block.attrs().contains(&"compile_fail") {
                "text"
            } else if let Some(inc) = markdown::sole_include(&block) {
                included_rust.push(chapter_dir.join(&inc.path));
                "rust,no_run"
            } else {
                continue;
            };
            text.replace_range(block.info_span.clone(), new_info);
        }
        ch.content = text;
    });
    for f in &included_rust {
        println!("cargo:rerun-if-changed={}", f.display());
    }

    let ctx = PreprocessorContext::new(root.clone(), md.config.clone(), "skeptic".to_string());
    let book = LinkPreprocessor::new()
        .run(&ctx, md.book.clone())
        .unwrap_or_else(|e| panic!("expanding includes failed: {e:#}"));

    // Written only when changed: skeptic marks these files rerun-if-changed, and a fresh mtime
    // would make cargo rerun this script (and rebuild the skeptic tests) on every `cargo test`.
    std::fs::create_dir_all(&out).unwrap();
    let mut files = Vec::new();
    for item in book.iter() {
        if let BookItem::Chapter(ch) = item {
            let Some(path) = &ch.path else { continue };
            let stem = Path::new(path)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .replace('-', "_");
            let dest = out.join(format!("{stem}.md"));
            if std::fs::read_to_string(&dest).ok().as_deref() != Some(ch.content.as_str()) {
                std::fs::write(&dest, &ch.content).unwrap();
            }
            files.push(dest);
        }
    }
    for old in std::fs::read_dir(&out).unwrap().flatten() {
        if !files.contains(&old.path()) {
            let _ = std::fs::remove_file(old.path());
        }
    }
    skeptic::generate_doc_tests(&files);

    // Each compile check goes through tests/skeptic.rs's `compile_checked`, which skips a block
    // whose text, compiler and crates are what they were when it last compiled (skeptic's own
    // binary cache covers only the blocks it runs). Rewritten only when changed, as above.
    let generated = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("skeptic-tests.rs");
    let text = std::fs::read_to_string(&generated).unwrap();
    let routed = text.replace("skeptic::rt::compile_test(", "crate::compile_checked(");
    if routed != text {
        std::fs::write(&generated, routed).unwrap();
    }
}
