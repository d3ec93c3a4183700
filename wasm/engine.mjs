// The Python engine of the page and of the harness: Pyodide (CPython 3.14 compiled to
// WebAssembly) with wasm/runner.py loaded, running one listing at a time.
//
// Used by wasm/worker.mjs (the page's Web Worker: theme/run.js) and wasm/node.mjs (the test
// harness: tests/support/wasm.rs). Both give it the same things: Pyodide's loadPyodide, where its
// files are, and a way to read a file next to this one (runner.py, wheels.json, the wheels).
// Nothing here fetches from anywhere else: no package is loaded from Pyodide's CDN.

/** The environment every listing runs in: the harness's deterministic environment
 * (tests/support/run.rs). TZ cannot apply: the engine takes the local time zone from the
 * JavaScript host (the harness starts Node with TZ=Asia/Seoul; a browser uses its own). */
export const ENV = {
    TZ: "Asia/Seoul",
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    PYTHONHASHSEED: "0",
    PYTHONUTF8: "1",
    PYTHONIOENCODING: "utf-8",
    PYTHONUNBUFFERED: "1",
    PYTHONDONTWRITEBYTECODE: "1",
    PYTHON_COLORS: "0",
    NO_COLOR: "1",
    TERM: "dumb",
    HOME: "/home/pyodide",
};

/** Most characters of output a run keeps; the program is stopped when it prints more. */
export const OUTPUT_LIMIT = 200_000;

/**
 * Start Pyodide and the runner.
 * @param {object} o
 * @param {Function} o.loadPyodide   Pyodide's loadPyodide
 * @param {string} o.indexURL        where pyodide.asm.wasm, python_stdlib.zip… are
 * @param {(name: string) => Promise<Uint8Array>} o.readFile  a file of the engine's folder
 * @param {object} [o.loadOptions]  more options for loadPyodide (the harness: a memory snapshot
 *                                  of the interpreter right after start-up, see wasm/node.mjs)
 * @param {Function} [o.afterLoad]  called with Pyodide before anything runs in it
 */
export async function startEngine({ loadPyodide, indexURL, readFile, loadOptions = {}, afterLoad }) {
    const started = performance.now();
    const text = async (name) => new TextDecoder().decode(await readFile(name));
    const [pyodide, runnerSource, wheels] = await Promise.all([
        loadPyodide({ indexURL, env: { ...ENV }, checkAPIVersion: true, ...loadOptions }),
        text("runner.py"),
        text("wheels.json").then(JSON.parse),
    ]);
    if (afterLoad) await afterLoad(pyodide);
    // Writes to the file descriptors themselves (os.write(1, …), C code) join the same stream
    // as sys.stdout/sys.stderr, which runner.py replaces for each run.
    let fdSink = null;
    for (const [name, set] of [
        ["stdout", pyodide.setStdout],
        ["stderr", pyodide.setStderr],
    ]) {
        const decoder = new TextDecoder();
        set.call(pyodide, {
            write: (buf) => {
                const s = decoder.decode(buf, { stream: true });
                if (s && fdSink) fdSink(name, s);
                return buf.length;
            },
            isatty: false,
        });
    }
    const scope = pyodide.globals.get("dict")();
    pyodide.runPython(runnerSource, { globals: scope, filename: "runner.py" });
    const run = scope.get("run");
    const findImports = pyodide.pyimport("pyodide.code").find_imports;
    const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
    const installed = new Set();
    const jspi = jspiSupported(pyodide);

    /** Install the pinned wheels the code imports (pytz; tzdata for zoneinfo). */
    async function installFor(code) {
        const wanted = wheels.filter((w) => !installed.has(w.file) && w.for.some((m) => code.includes(m)));
        if (!wanted.length) return; // the usual case: no need to parse the program
        let imports;
        try {
            const proxy = findImports(code);
            imports = proxy.toJs();
            proxy.destroy();
        } catch (e) {
            return; // a syntax error: the run says so
        }
        for (const w of wanted) {
            if (!w.for.some((m) => imports.includes(m))) continue;
            pyodide.unpackArchive(await readFile("wheels/" + w.file), "wheel", { extractDir: sitePackages });
            installed.add(w.file);
            pyodide.runPython("import importlib; importlib.invalidate_caches()");
        }
    }

    return {
        python: pyodide.runPython("import sys; '%d.%d.%d' % sys.version_info[:3]"),
        pyodide: pyodide.version,
        jspi,
        startMs: performance.now() - started,
        /**
         * Run one listing: `code` as DIR/main.py. `onOutput(stream, text)` gets stdout and
         * stderr in the order they were written. Resolves to {exit, limited, stdin_read, ms}.
         */
        async run({ code, dir, onOutput, env = {}, limit = OUTPUT_LIMIT }) {
            await installFor(code);
            const emit = (stream, s) => onOutput(stream, s);
            fdSink = emit;
            const envDict = pyodide.toPy(env);
            try {
                const args = [code, dir, emit, limit, envDict];
                const result = jspi ? await run.callPromising(...args) : run(...args);
                const js = result.toJs({ dict_converter: Object.fromEntries });
                result.destroy();
                return js;
            } finally {
                fdSink = null;
                envDict.destroy();
            }
        },
    };
}

/** Whether this JavaScript engine can switch stacks (JSPI): Pyodide's asyncio.run needs it. */
function jspiSupported(pyodide) {
    return Boolean(pyodide._module && pyodide._module.jspiSupported);
}
