// The test harness's WebAssembly interpreter: one Node process running Pyodide (wasm/engine.mjs,
// the same engine as the page's Run button) for many listings, one after the other.
//
//     node [--experimental-wasm-stack-switching] wasm/node.mjs PYODIDE_DIR WHEELS_DIR [SNAPSHOT]
//
// SNAPSHOT: a file holding Pyodide's memory right after start-up (its own makeMemorySnapshot);
// made by the first run, then loaded instead of starting the interpreter again (2 s → 0.3 s).
// It is the same interpreter state, so what runs after it is what runs after a fresh start;
// Pyodide refuses a snapshot of another build, and then a new one is made.
//
// tests/support/wasm.rs starts it (with the listings' environment, TZ=Asia/Seoul) and talks JSON
// lines over stdin/stdout. First line out: {"ready":true,"python":"3.14.2","pyodide":"314.0.7",…}.
// Then, for each request {"id","code","dir","env","expected","redact","unordered"}, one line
// {"id","output","exit","limited","stdin_read","ms","platform","same"}: `output` is stdout and
// stderr in order; `platform` the reason the run shows it cannot work here (match.mjs); `same`
// whether the page would call `output` the book's `expected` output (null without one).
import fs from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startEngine } from "./engine.mjs";
import { expectedForPage, matches, platformReason } from "./match.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const [pyodideDir, wheelsDir, snapshot] = process.argv.slice(2);
if (!pyodideDir || !wheelsDir) {
    console.error("usage: node wasm/node.mjs PYODIDE_DIR WHEELS_DIR");
    process.exit(2);
}
const out = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");

const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, "pyodide.mjs")).href);
const start = (loadOptions, afterLoad) =>
    startEngine({
        loadPyodide,
        indexURL: pyodideDir + path.sep,
        readFile: async (name) =>
            new Uint8Array(
                await fs.readFile(name.startsWith("wheels/") ? path.join(wheelsDir, name.slice(7)) : path.join(here, name))
            ),
        loadOptions,
        afterLoad,
    });
const makeSnapshot = () =>
    start({ _makeSnapshot: true }, async (pyodide) => {
        const tmp = `${snapshot}.${process.pid}.tmp`;
        await fs.writeFile(tmp, pyodide.makeMemorySnapshot());
        await fs.rename(tmp, snapshot);
    });
let engine;
if (!snapshot) {
    engine = await start();
} else {
    let saved = null;
    try {
        saved = await fs.readFile(snapshot);
    } catch (e) {
        /* none yet */
    }
    if (saved) {
        try {
            engine = await start({ _loadSnapshot: saved });
        } catch (e) {
            console.error(`wasm/node.mjs: the snapshot ${snapshot} does not load (${e.message.split("\n")[0]}): making a new one`);
        }
    }
    if (!engine) engine = await makeSnapshot();
}
out({ ready: true, python: engine.python, pyodide: engine.pyodide, jspi: engine.jspi, ms: Math.round(engine.startMs) });

const requests = readline.createInterface({ input: process.stdin, terminal: false });
for await (const line of requests) {
    if (!line.trim()) continue;
    const req = JSON.parse(line);
    let output = "";
    const r = await engine.run({
        code: req.code,
        dir: req.dir,
        env: req.env || {},
        onOutput: (_stream, text) => {
            output += text;
        },
    });
    const same =
        typeof req.expected === "string"
            ? matches(output, expectedForPage(req.expected, req.code), {
                  redact: req.redact || {},
                  dir: req.dir,
                  unordered: !!req.unordered,
              })
            : null;
    out({ id: req.id, output, ...r, platform: platformReason(output), same });
}
process.exit(0);
