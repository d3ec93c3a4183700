//! Programs the book shows as ```rust,compile_fail: each `listings/**/NAME.rs` (other than
//! `main.rs`) must fail to compile with exactly the error in `NAME.stderr`, which the book shows.
//!
//!     TRYBUILD=overwrite cargo test --test compile_fail     # (re-)record the .stderr files

mod support;

#[test]
fn compile_fail_listings_fail_with_their_pinned_error() {
    let t = trybuild::TestCases::new();
    let mut n = 0;
    for l in support::listing::all() {
        for f in l.compile_fail_files() {
            t.compile_fail(f.strip_prefix(support::listing::root()).unwrap());
            n += 1;
        }
    }
    assert!(n > 0, "no compile_fail listing found under listings/");
}
