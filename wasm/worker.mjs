// The page's Python engine, in a Web Worker (theme/run.js starts it on the first Run, and
// terminates it to stop a program): CPython 3.14 in WebAssembly (Pyodide) running listings with
// wasm/engine.mjs + wasm/runner.py, the same files the tests check the listings with
// (wasm/node.mjs). Everything it loads comes from this folder of the site.
//
// Messages in: {type: "run", id, code, dir, env, expected, redact, unordered, exit} (expected:
// the book's recorded output, when the code is the book's). Out: {type: "ready", python, pyodide, ms} once;
// {type: "output", id, stream, text} while a program runs (batched); {type: "done", id, exit,
// limited, stdin_read, ms, platform, same}; {type: "error", id, message} if the engine cannot
// start. `same`: the output and exit status are the recorded ones, as the tests judge it.
//
// Starting CPython takes most of the first Run's time. So the first start in a browser also
// keeps a memory snapshot of the interpreter right after start-up (Pyodide's own
// makeMemorySnapshot, as the tests' wasm/node.mjs does) in the browser's Cache Storage, and
// later pages start from it: the same interpreter state, without running the start-up again.
// Pyodide refuses a snapshot of another build; a new one is made then.
import { loadPyodide } from "./pyodide.mjs";
import { ENV, startEngine } from "./engine.mjs";
import { expectedForPage, matches, platformReason } from "./match.mjs";

const base = new URL("./", import.meta.url);
const CACHE = "pyrs-book-wasm";
const snapshotKey = new URL(`snapshot?env=${encodeURIComponent(JSON.stringify(ENV))}`, base).href;
let madeSnapshot = null; // bytes to store once the first program has run

const start = (loadOptions, afterLoad) =>
    startEngine({
        loadPyodide,
        indexURL: base.href,
        readFile: async (name) => {
            const r = await fetch(new URL(name, base));
            if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
            return new Uint8Array(await r.arrayBuffer());
        },
        loadOptions,
        afterLoad,
    });

async function cache() {
    try {
        return self.caches ? await self.caches.open(CACHE) : null;
    } catch (e) {
        return null; // no Cache Storage here (not a secure context, private mode)
    }
}

async function startFromSnapshot() {
    const c = await cache();
    const hit = c && (await c.match(snapshotKey).catch(() => null));
    if (hit) {
        try {
            const e = await start({ _loadSnapshot: new Uint8Array(await hit.arrayBuffer()) });
            e.from = "snapshot";
            return e;
        } catch (err) {
            await c.delete(snapshotKey).catch(() => {});
        }
    }
    const e = await start(
        c ? { _makeSnapshot: true } : {},
        c
            ? (pyodide) => {
                  madeSnapshot = pyodide.makeMemorySnapshot();
              }
            : undefined
    );
    e.from = "start";
    return e;
}

async function storeSnapshot() {
    const bytes = madeSnapshot;
    madeSnapshot = null;
    const c = bytes && (await cache());
    if (c) await c.put(snapshotKey, new Response(bytes)).catch(() => {});
}

const engine = startFromSnapshot();
let announced = false;

self.onmessage = async ({ data }) => {
    if (data.type !== "run") return;
    let e;
    try {
        e = await engine;
    } catch (err) {
        self.postMessage({ type: "error", id: data.id, message: String(err && err.message ? err.message : err) });
        return;
    }
    if (!announced) {
        announced = true;
        self.postMessage({ type: "ready", python: e.python, pyodide: e.pyodide, ms: e.startMs, from: e.from });
    }
    // The program runs synchronously in this worker; output goes out in batches while it runs.
    let pending = [];
    let size = 0;
    let last = performance.now();
    let all = "";
    const flush = () => {
        if (pending.length) self.postMessage({ type: "output", id: data.id, chunks: pending });
        pending = [];
        size = 0;
        last = performance.now();
    };
    try {
        const r = await e.run({
            code: data.code,
            dir: data.dir,
            env: data.env || {},
            onOutput: (stream, text) => {
                all += text;
                const top = pending[pending.length - 1];
                if (top && top.stream === stream) top.text += text;
                else pending.push({ stream, text });
                size += text.length;
                if (size > 8192 || performance.now() - last > 50) flush();
            },
        });
        flush();
        const same =
            typeof data.expected === "string"
                ? r.exit === (data.exit || 0) &&
                  matches(all, expectedForPage(data.expected, data.code), {
                      redact: data.redact || {},
                      dir: data.dir,
                      unordered: !!data.unordered,
                  })
                : null;
        self.postMessage({ type: "done", id: data.id, ...r, platform: platformReason(all), same });
        if (madeSnapshot) storeSnapshot();
    } catch (err) {
        flush();
        self.postMessage({ type: "error", id: data.id, message: String(err && err.message ? err.message : err) });
    }
};
