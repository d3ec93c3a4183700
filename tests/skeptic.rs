//! Every ```rust block of the chapters, after `{{#include}}` expansion (see build.rs), compiled by
//! skeptic. Inline snippets are also run; included listings are run by tests/listings.rs, which
//! compares their output, so here they are compiled only.
#![allow(non_snake_case)]

include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));
