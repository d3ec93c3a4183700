// Whether an output is the book's recorded output, the way the test harness decides it
// (snapbox 1.2, tests/support/run.rs): the listing's redactions (listing.toml) and [DIR] are
// applied to the output, then it is compared line by line with the recorded file, where `[..]`
// matches anything within a line and `...` on a line of its own any number of lines; with
// `unordered`, lines may come in any order. The page says "same as the book" with this; the
// harness runs it next to snapbox on every listing and fails if the two ever disagree.
//
// Also here: why a run failed for a reason of the platform (no threads, no processes in
// WebAssembly), from what it printed; shared by the page (its message) and the harness (a
// listing's `wasm` declaration in listing.toml is checked with it).

/** Why a listing cannot run in WebAssembly, and how to tell from its output. */
export const PLATFORM_REASONS = {
    threads: ["RuntimeError: can't start new thread"],
    processes: [
        "No module named '_multiprocessing'",
        "This Python build lacks multiprocessing.synchronize",
        "OSError: [Errno 52] Function not implemented",
        "emscripten does not support processes",
    ],
    subprocess: ["emscripten does not support processes"],
    input: [],
};

/** The platform reason an output shows (null when none): threads, processes, subprocess. */
export function platformReason(output) {
    if (output.includes("import subprocess") || /subprocess\.py", line \d+/.test(output)) {
        if (PLATFORM_REASONS.subprocess.some((s) => output.includes(s))) return "subprocess";
    }
    for (const reason of ["threads", "processes"]) {
        if (PLATFORM_REASONS[reason].some((s) => output.includes(s))) return reason;
    }
    return null;
}

/**
 * Whether `actual` is what `expected` (a recorded output) allows.
 * @param {string} actual     what the program printed
 * @param {string} expected   the recorded file's text
 * @param {object} o
 * @param {Object<string,string>} o.redact  placeholder → regex source (listing.toml)
 * @param {string} o.dir      the listing's folder, shown as [DIR]
 * @param {boolean} o.unordered
 */
export function matches(actual, expected, { redact = {}, dir = null, unordered = false } = {}) {
    actual = actual.replace(/\r\n/g, "\n");
    expected = expected.replace(/\r\n/g, "\n");
    const redacted = redactAll(actual, redact, dir);
    const normalized = unordered ? toUnordered(redacted, expected) : toExpected(redacted, expected);
    return normalized === expected;
}

// snapbox's Redactions::redact: plain strings first (longest first), then regexes (longest
// pattern first); every occurrence, left to right, replaced by its placeholder.
function redactAll(text, redact, dir) {
    const strings = dir ? [[dir, "[DIR]"]] : [];
    const regexes = Object.entries(redact)
        .map(([placeholder, source]) => [source, placeholder])
        .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [s, placeholder] of strings) {
        let index = 0;
        for (;;) {
            const at = text.indexOf(s, index);
            if (at < 0) break;
            text = text.slice(0, at) + placeholder + text.slice(at + s.length);
            index = at + placeholder.length;
        }
    }
    for (const [source, placeholder] of regexes) {
        const re = new RegExp(source, "d");
        let index = 0;
        for (;;) {
            const m = re.exec(text.slice(index));
            if (!m) break;
            let start = m.index;
            let value = m[0];
            if (m.groups && m.groups.redacted !== undefined) {
                const offset = groupOffset(m, "redacted");
                start = m.index + offset;
                value = m.groups.redacted;
            }
            if (value.length === 0 && m[0].length === 0) {
                // an empty match would loop forever: snapbox replaces it and moves on
                text = text.slice(0, index + start) + placeholder + text.slice(index + start);
                index += start + placeholder.length;
                if (index >= text.length) break;
                continue;
            }
            text = text.slice(0, index + start) + placeholder + text.slice(index + start + value.length);
            index += start + placeholder.length;
        }
    }
    return text;
}

/** Where the named group starts inside the match (JavaScript gives only the group's text). */
function groupOffset(m, name) {
    if (m.indices && m.indices.groups && m.indices.groups[name]) {
        return m.indices.groups[name][0] - m.index;
    }
    const i = m[0].indexOf(m.groups[name]);
    return i < 0 ? 0 : i;
}

/** Lines with their terminators (snapbox's LinesWithTerminator). */
function lines(s) {
    const out = [];
    let i = 0;
    while (i < s.length) {
        const j = s.indexOf("\n", i);
        if (j < 0) {
            out.push(s.slice(i));
            break;
        }
        out.push(s.slice(i, j + 1));
        i = j + 1;
    }
    return out;
}

const isElide = (line) => line === "...\n" || line === "...";

function lineMatches(actual, expected) {
    if (actual === expected) return true;
    const sections = expected.split("[..]");
    for (let k = 0; k < sections.length; k++) {
        const section = sections[k];
        if (!actual.startsWith(section)) return false;
        const remainder = actual.slice(section.length);
        if (k + 1 < sections.length) {
            const next = sections[k + 1];
            if (next === "") {
                actual = "";
            } else {
                const restart = remainder.indexOf(next);
                if (restart >= 0) actual = remainder.slice(restart); // else: as snapbox, unchanged
            }
        } else {
            return remainder === "";
        }
    }
    return false;
}

// snapbox's normalize_str_to_redactions
function toExpected(actual, expected) {
    if (actual === expected) return actual;
    const normalized = [];
    let ai = 0;
    const al = lines(actual);
    const el = lines(expected);
    for (let k = 0; k < el.length; k++) {
        const e = el[k];
        if (isElide(e)) {
            if (k + 1 >= el.length) {
                normalized.push(e);
                ai = al.length;
                break;
            }
            const next = el[k + 1];
            const offset = al.slice(ai).findIndex((a) => lineMatches(a, next));
            if (offset < 0) break;
            normalized.push(e);
            ai += offset;
        } else {
            if (ai >= al.length) break;
            const a = al[ai];
            ai += 1;
            normalized.push(lineMatches(a, e) ? e : a);
        }
    }
    normalized.push(...al.slice(ai));
    return normalized.join("");
}

// snapbox's normalize_str_to_unordered_redactions
function toUnordered(actual, expected) {
    if (actual === expected) return actual;
    const normalized = [];
    const al = lines(actual);
    let elided = false;
    for (const e of lines(expected)) {
        if (isElide(e)) {
            normalized.push(e);
            elided = true;
            continue;
        }
        const i = al.findIndex((a) => lineMatches(a, e));
        if (i >= 0) {
            al.splice(i, 1);
            normalized.push(e);
        }
    }
    if (!elided) normalized.push(...al);
    return normalized.join("");
}

/**
 * The recorded output as the page's code prints it. The book records the Korean listing; the
 * English edition translates its comments, and a traceback quotes the source line it stopped
 * at (and a warning the line it warns about), comment included. So each line quoted after
 * `File "[DIR]/main.py", line N` or `[DIR]/main.py:N: SomeWarning: …` becomes line N of the page's
 * code when the two differ only in their comment (tests/book.rs checks that the
 * editions' code differs in nothing else). For the Korean page this changes nothing.
 */
export function expectedForPage(expected, pageSource) {
    const src = pageSource.split("\n");
    const out = expected.split("\n");
    // a traceback's `File "[DIR]/main.py", line N`, or a warning's `[DIR]/main.py:N: …Warning: …`
    const at = /^(?:\s*File "\[DIR\]\/main\.py", line (\d+)|\[DIR\]\/main\.py:(\d+): \w+: )/;
    for (let i = 0; i + 1 < out.length; i++) {
        const m = at.exec(out[i]);
        if (!m) continue;
        const n = Number(m[1] || m[2]) - 1;
        const quoted = out[i + 1];
        if (n >= src.length || quoted.trim() === src[n].trim()) continue;
        if (withoutComment(quoted) !== withoutComment(src[n])) continue;
        const indent = quoted.slice(0, quoted.length - quoted.trimStart().length);
        out[i + 1] = indent + src[n].trim();
    }
    return out.join("\n");
}

/** A Python line without its `#` comment (outside string literals), trimmed. */
export function withoutComment(line) {
    let quote = null;
    let escaped = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (escaped) escaped = false;
            else if (c === "\\") escaped = true;
            else if (c === quote) quote = null;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === "#") return line.slice(0, i).trim();
    }
    return line.trim();
}
