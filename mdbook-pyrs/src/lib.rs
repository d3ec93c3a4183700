//! The book's own mdBook preprocessors, for the HTML renderer only (book.toml):
//!
//! - [`tabs`]: a listing's Python and Rust programs side by side become tabs;
//! - [`versions`]: a Python output becomes one panel per distinct CPython output, with a version
//!   switcher (theme/versions.js), or carries a mark that every supported version prints it;
//! - [`math`]: undo the `\_` escapes that mdbook-gettext puts inside `$math$`.
//!
//! `tabs` and `versions` work on the chapters' text before mdBook's `links` preprocessor, on
//! the `{{#include}}` directives themselves, so the text to translate and the code the editions
//! compare do not change.

pub mod fences;
pub mod math;
pub mod tabs;
pub mod versions;
