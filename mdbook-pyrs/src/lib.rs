//! The book's own mdBook preprocessors, for the HTML renderer only (book.toml):
//!
//! - [`tabs`]: a listing's Python and Rust programs side by side become tabs;
//! - [`versions`]: a Python output becomes one panel per distinct CPython output, with a version
//!   switcher (theme/versions.js), or carries a mark that every supported version prints it;
//! - [`run`]: a Python listing gets a Run button (CPython in WebAssembly, theme/run.js), or the
//!   reason it cannot run there; a Rust listing a link to the Rust Playground;
//! - [`math`]: undo the `\_` escapes that mdbook-gettext puts inside `$math$`.
//!
//! `tabs`, `versions` and `run` work on the chapters' text before mdBook's `links` preprocessor, on
//! the `{{#include}}` directives themselves, so the text to translate and the code the editions
//! compare do not change.

pub mod fences;
pub mod math;
pub mod run;
pub mod tabs;
pub mod versions;

#[cfg(test)]
pub(crate) mod scratch {
    /// A scratch book root with `listings/ch01-a/01-b/` holding the given files; returns its
    /// `src/` (where the chapters would be). `name` keeps parallel tests apart.
    pub fn book(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        let base = std::env::temp_dir().join(format!("mdbook-pyrs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let folder = base.join("listings/ch01-a/01-b");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::create_dir_all(base.join("src")).unwrap();
        for (f, body) in files {
            std::fs::write(folder.join(f), body).unwrap();
        }
        base.join("src")
    }
}
