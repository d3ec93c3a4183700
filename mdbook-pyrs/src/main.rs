//! `mdbook-pyrs <pass>`: one of the book's preprocessors (see lib.rs), run by mdBook.
//!
//!     mdbook-pyrs blocks               before `links`: Python ⇄ Rust tabs, CPython version panels,
//!                                      Run buttons and Playground links
//!     mdbook-pyrs math                 after `gettext`, before `katex`: undo `\_` inside math
//!     mdbook-pyrs <pass> supports R    mdBook asks whether renderer R is supported (always yes;
//!                                      book.toml restricts them to html)

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pass = match args.first().map(String::as_str) {
        Some(p @ ("blocks" | "math")) => p.to_string(),
        _ => {
            eprintln!("usage: mdbook-pyrs blocks|math [supports RENDERER]");
            std::process::exit(2);
        }
    };
    if args.get(1).is_some_and(|a| a == "supports") {
        return;
    }
    if let Err(e) = run(&pass) {
        eprintln!("mdbook-pyrs {pass}: {e:#}");
        std::process::exit(1);
    }
}

fn run(pass: &str) -> Result<(), Box<dyn std::error::Error>> {
    let (ctx, mut book) = mdbook_preprocessor::parse_input(std::io::stdin().lock())?;
    let language = ctx.config.book.language.clone().unwrap_or_default();
    let versions = match pass {
        "blocks" => Some((
            mdbook_pyrs::versions::Supported::read(&ctx.root)?,
            mdbook_pyrs::run::pinned_crates(&ctx.root)?,
        )),
        _ => None,
    };
    let src = ctx.root.join(&ctx.config.book.src);
    let mut error = None;
    book.for_each_chapter_mut(|ch| {
        let Some(path) = ch.path.clone() else { return };
        let r = match &versions {
            Some((v, pinned)) => {
                let dir = src.join(&path).parent().unwrap().to_path_buf();
                let tabbed = mdbook_pyrs::tabs::tabify(&ch.content);
                mdbook_pyrs::versions::panels(&tabbed, &dir, v, &language)
                    .and_then(|t| mdbook_pyrs::run::wrap(&t, &dir, v, pinned, &language))
            }
            None => Ok(mdbook_pyrs::math::unescape(&ch.content)),
        };
        match r {
            Ok(text) => ch.content = text,
            Err(e) => {
                error.get_or_insert(format!("{}: {e}", path.display()));
            }
        }
    });
    if let Some(e) = error {
        return Err(e.into());
    }
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, &book)?;
    out.flush()?;
    Ok(())
}
