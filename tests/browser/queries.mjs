// The query sets of the search (queries.ko.tsv, queries.en.tsv): read by search.test.mjs and by
// search.bench.mjs (scripts/bench.sh).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** query <TAB> chapter files (space-separated, without .html) <TAB> kind; # starts a comment */
export function readQueries(edition) {
    const file = path.join(here, `queries.${edition}.tsv`);
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((l, i) => [l, i + 1])
        .filter(([l]) => l.trim() && !l.startsWith("#"))
        .map(([l, line]) => {
            const [q, want, kind] = l.split("\t");
            assert.ok(q && want && kind, `${file}:${line}: expected query<TAB>chapters<TAB>kind`);
            return { q, want: want.trim().split(/\s+/), kind: kind.trim() };
        });
}
