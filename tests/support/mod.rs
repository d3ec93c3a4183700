//! Shared by the test targets: `mod support;` in each.
#![allow(dead_code)]

pub mod listing;
pub mod markdown;
pub mod python;
pub mod reuse;
pub mod run;
pub mod wasm;
