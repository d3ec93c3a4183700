//! Every ```rust block of the chapters, after `{{#include}}` expansion (see build.rs), compiled by
//! skeptic. Inline snippets are also run; included listings are run by tests/listings.rs, which
//! compares their output, so here they are compiled only.
//!
//! A compile check that passed is not repeated while the block's text, the compiler and the
//! crates it can use are unchanged (tests/support/reuse.rs; never with `CI` or `PYRS_RERUN` set):
//! skeptic's binary cache keeps only the programs it runs, and the compile checks were most of
//! this test's time.
#![allow(non_snake_case)]

mod support;

use support::reuse;

/// build.rs routes skeptic's `compile_test` calls here.
fn compile_checked(root_dir: &str, out_dir: &str, target_triple: &str, test_text: &str) {
    let root = std::path::Path::new(root_dir);
    let inputs = reuse::Fingerprint::new("skeptic")
        .text(include_str!("skeptic.rs"))
        .text(target_triple)
        .text(test_text)
        .rustc()
        .file(&root.join("Cargo.toml"))
        .file(&root.join("Cargo.lock"))
        .env("RUSTFLAGS")
        .finish();
    // one stamp per block text: the name is the fingerprint itself
    let name = inputs.as_deref().unwrap_or("none").trim().to_string();
    if reuse::passed_before("skeptic", &name, inputs.as_deref()) {
        return;
    }
    skeptic::rt::compile_test(root_dir, out_dir, target_triple, test_text); // panics on failure
    reuse::record("skeptic", &name, inputs.as_deref(), true);
}

include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
