// Run it here. Each Python listing that CPython in WebAssembly can run (a `.py-run` block made by
// mdbook-pyrs, see mdbook-pyrs/src/run.rs) gets a Run button, an editable code area, a reset,
// and its output under it; a listing that cannot run there shows why instead. Each Rust listing
// (`.rs-play`) gets a link that opens the Rust Playground with that program.
//
// The Python engine (Pyodide: CPython 3.14 compiled to WebAssembly, in the site's wasm/ folder)
// is fetched only when the reader first presses Run, and runs in a Web Worker
// (wasm/worker.mjs), so a program that does not end can be stopped (the worker is terminated and
// a new one starts on the next Run). It runs the program the way the tests do (wasm/engine.mjs
// and wasm/runner.py are the files the tests run the listings with), and says "same as the
// book" exactly when the tests would accept the output (wasm/match.mjs). Nothing here makes a
// request when the page loads, and nothing ever leaves the site but the Playground link, which
// the reader clicks.
(function () {
    "use strict";
    const runs = [...document.querySelectorAll(".py-run")];
    const plays = [...document.querySelectorAll(".rs-play")];
    if (!runs.length && !plays.length) return;
    const isEnglish = (document.documentElement.lang || "ko") === "en";
    // `3.14-wasm` (listings/python-versions) → "CPython 3.14 (WebAssembly)", never a bare 3.14
    const wasmVersion = (runs.find((b) => b.dataset.py) || { dataset: {} }).dataset.py || "3.14-wasm";
    const ENGINE = `CPython ${wasmVersion.replace(/-wasm$/, "")} (WebAssembly)`;
    const T = isEnglish
        ? {
              run: "Run",
              edit: "Edit",
              reset: "Reset",
              stop: "Stop",
              group: "Run this program in the page",
              editor: "The program (editable). Tab indents; Esc, then Tab, leaves; Ctrl+Enter runs.",
              hint: "Tab indents · Esc then Tab leaves · Ctrl+Enter runs",
              starting: `Starting ${ENGINE}… (the first time, the page fetches it from this site: about 12 MB)`,
              running: "Running…",
              same: "same as the book ✓",
              edited: "edited: this is the output of your version (reset brings the book's back)",
              differs: "not the book's recorded output",
              tz: (zone) =>
                  ` — the book records its outputs in the time zone Asia/Seoul, and this browser's is ${zone}: local times differ`,
              exit: (n) => `exit status ${n}`,
              ms: (n) => `${n} ms`,
              stopped: "Stopped. The engine starts again on the next Run.",
              timeout: (s) =>
                  `Stopped after ${s} s: the program was still running (an endless loop?). The engine starts again on the next Run.`,
              limited: (n) => `The program printed more than ${n} characters and was stopped there.`,
              input: "input(): programs in the page get no keyboard input (standard input is empty, as in the book's tests).",
              platform: {
                  threads: "Python in WebAssembly cannot start threads.",
                  processes: "Python in WebAssembly cannot start processes.",
                  subprocess: "Python in WebAssembly cannot run other programs.",
              },
              noEngine:
                  "The Python engine could not start. It is part of the site that scripts/build-site builds (mdbook serve alone does not include it).",
              crashed: "The Python engine stopped unexpectedly (out of memory?). It starts again on the next Run.",
              notShown: "(the page shows no recorded output for this listing)",
              playground: "Open in the Rust Playground ↗",
              playgroundTitle: "Opens play.rust-lang.org in a new tab with this program (edition 2024)",
              crates: (list) =>
                  `Uses ${list}: the Playground offers many popular crates, at its own versions, and may not have these.`,
              compileFail: "This program does not compile, on purpose: the Playground shows the compiler's error.",
          }
        : {
              run: "실행",
              edit: "고치기",
              reset: "되돌리기",
              stop: "멈추기",
              group: "이 프로그램을 페이지에서 실행",
              editor: "프로그램(고칠 수 있음). Tab은 들여쓰기, Esc 다음 Tab은 빠져나가기, Ctrl+Enter는 실행.",
              hint: "Tab 들여쓰기 · Esc 다음 Tab 빠져나가기 · Ctrl+Enter 실행",
              starting: `${ENGINE}를 시작하는 중… (처음 한 번은 이 사이트에서 약 12 MB를 받아 온다)`,
              running: "실행하는 중…",
              same: "책과 같은 출력 ✓",
              edited: "고친 프로그램: 고친 판의 출력이다 (되돌리기를 누르면 책의 프로그램으로)",
              differs: "책에 기록된 출력과 다르다",
              tz: (zone) =>
                  ` — 책의 출력은 시간대 Asia/Seoul에서 기록했는데 이 브라우저의 시간대는 ${zone}이다: 지역 시각이 다르다`,
              exit: (n) => `종료 코드 ${n}`,
              ms: (n) => `${n} ms`,
              stopped: "멈췄다. 다음에 실행하면 엔진을 다시 시작한다.",
              timeout: (s) =>
                  `${s}초가 지나도 끝나지 않아 멈췄다(끝없는 루프?). 다음에 실행하면 엔진을 다시 시작한다.`,
              limited: (n) => `출력이 ${n}자를 넘어 거기서 멈췄다.`,
              input: "input(): 페이지의 프로그램은 키보드 입력을 받지 않는다 (책의 테스트처럼 표준 입력이 비어 있다).",
              platform: {
                  threads: "WebAssembly의 파이썬은 스레드를 만들 수 없다.",
                  processes: "WebAssembly의 파이썬은 프로세스를 만들 수 없다.",
                  subprocess: "WebAssembly의 파이썬은 다른 프로그램을 실행할 수 없다.",
              },
              noEngine:
                  "파이썬 엔진을 시작하지 못했다. 엔진은 scripts/build-site가 만드는 사이트에 들어 있다 (mdbook serve만으로는 없다).",
              crashed: "파이썬 엔진이 뜻밖에 멈췄다(메모리 부족?). 다음에 실행하면 다시 시작한다.",
              notShown: "(이 페이지에는 이 예제의 기록된 출력이 없다)",
              playground: "Rust Playground에서 열기 ↗",
              playgroundTitle: "play.rust-lang.org를 새 탭에서 이 프로그램으로 연다 (edition 2024)",
              crates: (list) =>
                  `${list}를 쓴다: Playground는 널리 쓰는 크레이트를 자기 버전으로 갖추고 있어, 이것들이 없을 수도 있다.`,
              compileFail: "일부러 컴파일되지 않는 프로그램이다: Playground는 컴파일러의 오류를 보여 준다.",
          };
    const LIMIT = 200000; // OUTPUT_LIMIT of wasm/engine.mjs
    const START_TIMEOUT_MS = 120000;

    const root = new URL((typeof path_to_root === "string" && path_to_root) || "./", window.location.href);
    const engineBase = new URL(isEnglish ? "../wasm/" : "wasm/", root);

    // --- the engine ------------------------------------------------------------------------------
    let worker = null;
    let ready = false;
    let nextId = 1;
    let current = null; // the run in progress: {id, onMessage}

    function startWorker() {
        worker = new Worker(new URL("worker.mjs", engineBase), { type: "module" });
        ready = false;
        worker.onmessage = (e) => {
            const m = e.data;
            if (m.type === "ready") {
                ready = true;
                // how long the engine took to start, for scripts/bench.sh
                document.documentElement.dataset.pyEngineMs = String(Math.round(m.ms));
                document.documentElement.dataset.pyEngineFrom = m.from || "";
            }
            if (current && (m.id === current.id || m.type === "ready")) current.onMessage(m);
        };
        worker.onerror = (e) => {
            e.preventDefault();
            const w = worker;
            worker = null;
            if (w) w.terminate();
            if (current) current.onMessage({ type: "error", id: current.id, message: ready ? T.crashed : T.noEngine });
        };
    }

    function stopWorker() {
        if (worker) worker.terminate();
        worker = null;
        ready = false;
    }

    // --- Python listings -------------------------------------------------------------------------
    function el(tag, props, ...children) {
        const e = document.createElement(tag);
        Object.assign(e, props || {});
        for (const c of children) e.append(c);
        return e;
    }

    /** The output the book records for this listing under WebAssembly, from its version panels. */
    function recordedOutput(key, version) {
        const group = document.querySelector(`.py-versions[data-listing="${CSS.escape(key)}"]`);
        if (!group) return null;
        const panel = group.classList.contains("py-same")
            ? group
            : [...group.querySelectorAll(":scope > .py-version")].find((p) => p.dataset.py.split(" ").includes(version));
        const code = panel && panel.querySelector("code");
        return code ? code.textContent : null;
    }

    runs.forEach((box, n) => {
        const pre = box.querySelector("pre");
        const code = pre && pre.querySelector("code");
        if (!code) return;
        const bar = el("div", { className: "py-run-bar" });
        bar.setAttribute("role", "group");
        bar.setAttribute("aria-label", T.group);
        if (box.dataset.wasmReason) {
            const why = el("p", { className: "py-run-why", textContent: box.dataset.wasmWhy || box.dataset.wasmReason });
            bar.append(why);
            pre.after(bar);
            return;
        }
        const original = code.textContent;
        const key = box.dataset.listing;
        const go = el("button", { type: "button", className: "py-run-go", textContent: "▶ " + T.run });
        const edit = el("button", { type: "button", className: "py-run-edit", textContent: T.edit });
        const reset = el("button", { type: "button", className: "py-run-reset", textContent: T.reset, hidden: true });
        const stop = el("button", { type: "button", className: "py-run-stop", textContent: "■ " + T.stop, hidden: true });
        const engine = el("span", { className: "py-run-engine", textContent: ENGINE });
        go.setAttribute("aria-label", `${T.run} (${ENGINE})`);
        bar.append(go, edit, reset, stop, engine);
        pre.after(bar);
        let editor = null;
        let hint = null;
        let result = null;

        const source = () => (editor ? editor.value : original);

        function openEditor(focus) {
            if (!editor) {
                editor = el("textarea", {
                    className: "py-run-editor",
                    spellcheck: false,
                    value: original,
                    rows: Math.min(40, original.split("\n").length + 1),
                });
                editor.id = `py-run-editor-${n}`;
                editor.setAttribute("aria-label", T.editor);
                editor.setAttribute("autocapitalize", "off");
                editor.setAttribute("autocomplete", "off");
                hint = el("p", { className: "py-run-hint", textContent: T.hint });
                let escaped = false;
                editor.addEventListener("keydown", (e) => {
                    e.stopPropagation(); // mdBook's keys (← → turn the page) are not for the editor
                    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
                        e.preventDefault();
                        start();
                    } else if (e.key === "Escape") {
                        escaped = true;
                        return;
                    } else if (e.key === "Tab" && !escaped && !e.shiftKey) {
                        e.preventDefault();
                        const { selectionStart: a, selectionEnd: b, value } = editor;
                        editor.value = value.slice(0, a) + "    " + value.slice(b);
                        editor.selectionStart = editor.selectionEnd = a + 4;
                        markEdited();
                    }
                    escaped = false;
                });
                editor.addEventListener("input", markEdited);
                pre.hidden = true;
                pre.after(editor, hint);
            }
            if (focus) editor.focus();
        }

        function markEdited() {
            reset.hidden = !editor || editor.value === original;
        }

        function closeEditor() {
            if (editor) {
                editor.remove();
                hint.remove();
            }
            editor = null;
            hint = null;
            pre.hidden = false;
            reset.hidden = true;
        }

        edit.addEventListener("click", () => openEditor(true));
        reset.addEventListener("click", () => {
            closeEditor();
            if (result) result.hidden = true;
            edit.focus();
        });

        function ensureResult() {
            if (!result) {
                const status = el("p", { className: "py-run-status" });
                status.setAttribute("role", "status");
                status.setAttribute("aria-live", "polite");
                const out = el("pre", { className: "py-run-output" });
                out.tabIndex = 0;
                out.setAttribute("aria-label", isEnglish ? "Output of the program" : "프로그램의 출력");
                result = el("div", { className: "py-run-result" }, status, out);
                bar.after(result);
            }
            result.hidden = false;
            return { status: result.querySelector(".py-run-status"), out: result.querySelector(".py-run-output") };
        }

        function start() {
            if (current) return; // one program at a time on a page
            const { status, out } = ensureResult();
            out.textContent = "";
            const program = source();
            const unedited = program === original;
            const id = nextId++;
            go.disabled = true;
            stop.hidden = false;
            status.textContent = ready ? T.running : T.starting;
            let timer = null;
            const timeoutS = Number(box.dataset.timeout || 10);
            const clicked = performance.now();
            const armTimer = () => {
                clearTimeout(timer);
                timer = setTimeout(() => finish({ type: "timeout" }), timeoutS * 1000);
            };
            function finish(m) {
                clearTimeout(timer);
                if (!current || current.id !== id) return;
                current = null;
                // from the click to the verdict, for scripts/bench.sh
                status.dataset.totalMs = String(Math.round(performance.now() - clicked));
                go.disabled = false;
                stop.hidden = true;
                const parts = [];
                if (m.type === "done") {
                    if (m.exit !== 0) parts.push(T.exit(m.exit));
                    parts.push(T.ms(Math.round(m.ms)));
                    if (!unedited) {
                        parts.push(T.edited);
                    } else if (m.same === true) {
                        parts.push(T.same);
                    } else if (m.same === false) {
                        let zone = "";
                        try {
                            zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
                        } catch (e) {
                            /* no Intl */
                        }
                        parts.push(T.differs + (zone && zone !== "Asia/Seoul" ? T.tz(zone) : ""));
                    } else {
                        parts.push(T.notShown);
                    }
                    status.dataset.verdict = !unedited ? "edited" : m.same === true ? "same" : m.same === false ? "differs" : "none";
                    let text = parts.join(" · ");
                    if (m.limited) text += " " + T.limited(LIMIT.toLocaleString());
                    if (m.platform && T.platform[m.platform]) text += " " + T.platform[m.platform];
                    if (m.stdin_read) text += " " + T.input;
                    status.textContent = text;
                } else if (m.type === "stop") {
                    stopWorker();
                    status.textContent = T.stopped;
                    status.dataset.verdict = "stopped";
                } else if (m.type === "timeout") {
                    stopWorker();
                    status.textContent = T.timeout(timeoutS);
                    status.dataset.verdict = "timeout";
                } else {
                    stopWorker();
                    status.textContent = m.message || T.noEngine;
                    status.dataset.verdict = "error";
                }
            }
            current = {
                id,
                onMessage: (m) => {
                    if (m.type === "ready") {
                        status.textContent = T.running;
                        armTimer();
                    } else if (m.type === "output") {
                        for (const c of m.chunks) {
                            const span = el("span", { className: c.stream === "stderr" ? "py-run-stderr" : "", textContent: c.text });
                            out.append(span);
                        }
                    } else {
                        finish(m);
                    }
                },
                finish,
            };
            try {
                if (!worker) startWorker();
            } catch (e) {
                finish({ type: "error", message: T.noEngine });
                return;
            }
            if (ready) armTimer();
            else timer = setTimeout(() => finish({ type: "error", message: T.noEngine }), START_TIMEOUT_MS);
            const expected = unedited ? recordedOutput(key, box.dataset.py) : null;
            worker.postMessage({
                type: "run",
                id,
                code: program,
                dir: `/book/listings/${key}`,
                env: JSON.parse(box.dataset.env || "{}"),
                expected,
                redact: JSON.parse(box.dataset.redact || "{}"),
                unordered: box.dataset.unordered === "true",
                exit: Number(box.dataset.exit || 0),
            });
        }

        go.addEventListener("click", start);
        stop.addEventListener("click", () => {
            if (current && current.finish) current.finish({ type: "stop" });
            go.focus();
        });
    });

    // --- Rust listings ---------------------------------------------------------------------------
    for (const box of plays) {
        const pre = box.querySelector("pre");
        const code = pre && pre.querySelector("code");
        if (!code) continue;
        const bar = el("div", { className: "rs-play-bar" });
        const open = el("button", { type: "button", className: "rs-play-open", textContent: T.playground, title: T.playgroundTitle });
        bar.append(open);
        const notes = [];
        const crates = (box.dataset.crates || "").split(" ").filter(Boolean);
        if (crates.length) notes.push(T.crates(crates.map((c) => c.replace("=", " ")).join(", ")));
        if ((box.dataset.file || "main.rs") !== "main.rs") notes.push(T.compileFail);
        if (notes.length) bar.append(el("span", { className: "rs-play-note", textContent: notes.join(" ") }));
        pre.after(bar);
        open.addEventListener("click", () => {
            // Made now, not when the page loads: the program is the block's whole text (hidden
            // lines included), as the book compiles it.
            const url = new URL("https://play.rust-lang.org/");
            url.searchParams.set("version", "stable");
            url.searchParams.set("mode", "debug");
            url.searchParams.set("edition", "2024");
            url.searchParams.set("code", code.textContent);
            window.open(url.href, "_blank", "noopener");
        });
    }
})();
