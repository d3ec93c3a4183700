#!/usr/bin/env bash
# Speed figures of BOOK-DESIGN.md §5 and of Run, measured (wall seconds; the search and Run in
# milliseconds, in headless chromium: tests/browser/search.bench.mjs, run.bench.mjs). Run after one
# `scripts/build-site` (which installs what the PDF and EPUB need); other work on the machine slows
# every figure.
#   scripts/bench.sh [listing-main.rs-to-edit]
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
now() { date +%s.%N; }
secs() { local s e; s=$(now); "$@" >/dev/null 2>&1; local rc=$?; e=$(now);
         printf "%6.1f s  (exit %d)" "$(awk "BEGIN{print $e - $s}")" "$rc"; }
edit=${1:-$(ls listings/*/*/main.rs | head -n 1)}
cargo test -q --no-fail-fast >/dev/null 2>&1   # one full run first: builds, records what passed
echo "cargo test, nothing changed:        $(secs cargo test -q --no-fail-fast)          target < 15 s"
cp "$edit" /tmp/bench-edit.rs
echo >> "$edit"   # a blank line: the file changes, the book does not (a comment would be a new message to translate)
echo "cargo test, one listing edited:     $(secs cargo test -q --no-fail-fast)          target < 25 s  ($edit)"
cp /tmp/bench-edit.rs "$edit"
cargo build -q --workspace --bins >/dev/null 2>&1
echo "building both editions:             $(secs scripts/build-site --html-only target/bench-site)          target < 5 s"
echo "every listing once, both languages, every CPython: $(secs env PYRS_RERUN=1 cargo test -q --test listings)   target < 10 s"

# CPython in WebAssembly in the harness: what it adds when every listing runs (PYRS_RERUN=1; the
# same run with PYRS_SKIP_WASM=1 is the baseline). Cold: its engines start from nothing (no memory
# snapshot yet, as on a fresh checkout once the engine is installed); warm: the usual start. A run
# with nothing changed reuses the WebAssembly trials like the others (the first figure above).
without=$(secs env PYRS_RERUN=1 PYRS_SKIP_WASM=1 cargo test -q --test listings)
rm -f target/wasm/pyodide.snapshot
cold=$(secs env PYRS_RERUN=1 cargo test -q --test listings)
warm=$(secs env PYRS_RERUN=1 cargo test -q --test listings)
echo "every listing, without WebAssembly:  $without"
echo "every listing, with it, cold:        $cold          target: < 15 s more"
echo "every listing, with it, warm:        $warm          target: < 5 s more"
if command -v chromium >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  (cd tests/browser && npm ci --no-audit --no-fund --silent) >/dev/null 2>&1
  SITE_DIR="$PWD/target/bench-site" node --test --test-reporter=tap tests/browser/search.bench.mjs 2>&1 | sed -n 's/^# bench: //p'
  # Run in the page (localhost): the first Run on a cold page (engine fetched and started; target
  # < 3 s) and later Runs (target < 100 ms + the program's own time)
  SITE_DIR="$PWD/target/bench-site" node --test --test-reporter=tap tests/browser/run.bench.mjs 2>&1 | sed -n 's/^# bench: /Run in the page: /p'
else
  echo "search and Run in the browser: not measured (needs node and chromium: scripts/browser-test installs them)"
fi
load=$(cut -d' ' -f1 /proc/loadavg)   # the machine is shared: say how busy it was
echo "whole site, PDF and EPUB of both:   $(secs scripts/build-site target/bench-site)          target < 60 s  (load average before: $load)"
