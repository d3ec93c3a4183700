#!/usr/bin/env bash
# Speed figures of BOOK-DESIGN.md §5 and of Run, measured (wall seconds). Run after one full
# `cargo test`.
#   scripts/bench.sh [listing-main.rs-to-edit]
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
now() { date +%s.%N; }
secs() { local s e; s=$(now); "$@" >/dev/null 2>&1; local rc=$?; e=$(now);
         printf "%6.1f s  (exit %d)" "$(awk "BEGIN{print $e - $s}")" "$rc"; }
edit=${1:-$(ls listings/*/*/main.rs | head -n 1)}
cargo test --no-run -q >/dev/null 2>&1
echo "cargo test, nothing changed:        $(secs cargo test -q --no-fail-fast)          target < 15 s"
cp "$edit" /tmp/bench-edit.rs
echo >> "$edit"   # a blank line: the file changes, the book does not (a comment would be a new message to translate)
echo "cargo test, one listing edited:     $(secs cargo test -q --no-fail-fast)          target < 25 s  ($edit)"
cp /tmp/bench-edit.rs "$edit"
cargo build -q --workspace --bins >/dev/null 2>&1
echo "building both editions:             $(secs scripts/build-site target/bench-site)          target < 5 s"
echo "every listing once, both languages: $(secs cargo test -q --test listings)          target < 10 s"

# CPython in WebAssembly in the harness: what it adds to the listings' run (the same run with
# PYRS_SKIP_WASM=1 is the baseline). Cold: its engines start from nothing (no memory snapshot
# yet, as on a fresh checkout once the engine is installed); warm: the usual run.
without=$(secs env PYRS_SKIP_WASM=1 cargo test -q --test listings)
rm -f target/wasm/pyodide.snapshot
cold=$(secs cargo test -q --test listings)
warm=$(secs cargo test -q --test listings)
echo "listings without WebAssembly:       $without"
echo "listings with it, cold:             $cold          target: < 15 s more"
echo "listings with it, warm:             $warm          target: < 5 s more"

# Run in the page (chromium, localhost): the first Run on a cold page (engine fetched and
# started) and later Runs; targets < 3 s and < 100 ms + the program's own time.
scripts/build-site target/site >/dev/null 2>&1
(cd tests/browser && npm ci --no-audit --no-fund --silent >/dev/null 2>&1 &&
   node --test run.bench.mjs 2>&1 | sed -n 's/^# bench: /Run in the page: /p')
