//! Programs the book shows as ```rust,compile_fail: each `listings/**/NAME.rs` (other than
//! `main.rs`) must fail to compile with exactly the error in `NAME.stderr`, which the book shows.
//!
//!     TRYBUILD=overwrite cargo test --test compile_fail     # (re-)record the .stderr files
//!
//! trybuild compiles every case (~6 s on two cores): while the cases, their pinned errors, the
//! crates they can use and the compiler are what they were when they last passed, the cases are
//! not compiled again (tests/support/reuse.rs; never with `CI` or `PYRS_RERUN` set, nor when
//! re-recording).

mod support;

use support::reuse;

#[test]
fn compile_fail_listings_fail_with_their_pinned_error() {
    let root = support::listing::root();
    let mut cases = Vec::new();
    for l in support::listing::all() {
        for f in l.compile_fail_files() {
            cases.push(f.strip_prefix(&root).unwrap().to_path_buf());
        }
    }
    assert!(
        !cases.is_empty(),
        "no compile_fail listing found under listings/"
    );

    let overwrite = std::env::var_os("TRYBUILD").is_some();
    let mut inputs = reuse::Fingerprint::new("compile_fail")
        .text(include_str!("compile_fail.rs"))
        .rustc()
        .file(&root.join("Cargo.toml"))
        .file(&root.join("Cargo.lock"))
        .env("RUSTFLAGS");
    for case in &cases {
        inputs = inputs
            .file(&root.join(case))
            .file(&root.join(case).with_extension("stderr"));
    }
    let inputs = (!overwrite).then(|| inputs.finish()).flatten();
    if reuse::passed_before("compile_fail", "all", inputs.as_deref()) {
        reuse::report("compile_fail case set(s)");
        return;
    }
    // trybuild runs the cases when `t` is dropped, and panics there if one fails
    {
        let t = trybuild::TestCases::new();
        for case in &cases {
            t.compile_fail(case);
        }
    }
    reuse::record("compile_fail", "all", inputs.as_deref(), true);
}
