// Run it here, in both editions: a page load makes no request for the Python engine; pressing
// Run on listings of three chapters (one unedited and "same as the book", one edited, one ending
// in a traceback) shows their output under them; a listing with threads shows its reason instead
// of a button; bad edits (a syntax error, an endless loop, a huge output, input(), a thread) end
// with a clear message and the page stays usable; the keyboard works; a Rust listing opens the
// Playground with its program, made on click; CPython 3.14 (WebAssembly) in the version picker.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { EDITIONS, axeViolations, openPage, repo } from "./lib.mjs";

// The book records its outputs with TZ=Asia/Seoul; a reader elsewhere sees local times differ
// (the page says so). The test reads as a reader in Seoul.
const SEOUL = { timezoneId: "Asia/Seoul" };
const WASM = "3.14-wasm";

const read = (p) => fs.readFileSync(path.join(repo, p), "utf8");
const engineRequests = (problems) => problems.requests.filter((u) => new URL(u).pathname.includes("/wasm/"));

/** Press Run on a listing and wait for its verdict; returns {ms, verdict, status, output}. */
async function run(page, key, { timeout = 120000 } = {}) {
    const box = page.locator(`.py-run[data-listing="${key}"]`);
    const status = box.locator(".py-run-status");
    const before = Date.now();
    await box.locator(".py-run-go").click();
    await page.waitForFunction(
        (k) => {
            const s = document.querySelector(`.py-run[data-listing="${k}"] .py-run-status`);
            return s && s.dataset.verdict && !s.dataset.stale;
        },
        key,
        { timeout }
    );
    const ms = Date.now() - before;
    const result = {
        ms,
        verdict: await status.getAttribute("data-verdict"),
        status: await status.textContent(),
        output: await box.locator(".py-run-output").textContent(),
    };
    // the next run on this listing waits for a fresh verdict
    await status.evaluate((s) => {
        delete s.dataset.verdict;
    });
    return result;
}

/** Type into a listing's editor (opened with its Edit button): the whole program is replaced. */
async function editTo(page, key, code) {
    const box = page.locator(`.py-run[data-listing="${key}"]`);
    if (!(await box.locator(".py-run-editor").count())) await box.locator(".py-run-edit").click();
    await box.locator(".py-run-editor").fill(code);
}

const timings = [];

for (const { edition, prefix } of EDITIONS) {
    const T =
        edition === "en"
            ? { same: "same as the book ✓", edited: "edited", reason: "not run in WebAssembly: uses threads" }
            : { same: "책과 같은 출력 ✓", edited: "고친 프로그램", reason: "WebAssembly에서는 실행하지 않음: 스레드를 쓴다" };

    test(`${edition}: a traceback, run in the page, is the book's (ch15) — and a page load fetches no engine`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch15-scope.html", SEOUL);
        await page.waitForTimeout(500);
        assert.deepEqual(engineRequests(problems), [], "a page load must not fetch the Python engine");
        const runnable = await page.locator(".py-run .py-run-go").count();
        assert.ok(runnable >= 10, `only ${runnable} Run buttons on ch15`);
        const key = "ch15-scope/04-unbound-local";
        const first = await run(page, key);
        assert.equal(first.verdict, "same", first.status);
        assert.ok(first.status.includes(T.same), first.status);
        assert.match(first.output, /^Traceback \(most recent call last\):\n {2}File "\/book\/listings\/ch15-scope\/04-unbound-local\/main\.py", line 9, in <module>/);
        assert.match(first.output, /UnboundLocalError: cannot access local variable 'a'/);
        assert.doesNotMatch(first.output, /runner\.py|runpy|<exec>/, "no frame of the engine in the traceback");
        assert.ok(engineRequests(problems).length > 0, "Run fetches the engine from the site");
        // A later Run reuses the engine.
        const later = await run(page, "ch15-scope/01-read-global");
        assert.equal(later.verdict, "same", later.status);
        timings.push(`${edition}: first Run ${first.ms} ms (engine start included), later Run ${later.ms} ms`);
        assert.deepEqual(problems.offsite, []);
        assert.deepEqual(problems.errors, []);
        await context.close();
    });

    test(`${edition}: unedited and the same as the book (ch02, with a redacted address); edited says so (ch01)`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch02-str-repr.html", SEOUL);
        const r = await run(page, "ch02-str-repr/02-repr-fallback");
        assert.equal(r.verdict, "same", r.status);
        assert.match(r.output, /<__main__\.OnlyStr object at 0x[0-9a-f]+>/);
        await context.close();

        const c = await openPage(prefix + "ch01-class-object.html", SEOUL);
        // a traceback quoting a line with a comment (translated in the English edition)
        const tb = await run(c.page, "ch01-class-object/02-attribute");
        assert.equal(tb.verdict, "same", `${tb.status}\n${tb.output}`);
        assert.match(tb.output, /AttributeError/);
        // edited: the reader's own program
        const key = "ch01-class-object/01-instance";
        const original = await c.page.locator(`.py-run[data-listing="${key}"] pre code`).textContent();
        if (edition === "ko") {
            assert.equal(original, read("listings/ch01-class-object/01-instance/main.py"), "the editor starts from the listing");
        }
        await editTo(c.page, key, original + 'print("고친 줄", 6 * 7)\n');
        const e = await run(c.page, key);
        assert.equal(e.verdict, "edited", e.status);
        assert.ok(e.status.includes(T.edited), e.status);
        assert.match(e.output, /16\n고친 줄 42\n$/, "sys.getsizeof(42) is 16 in 32-bit WebAssembly, then the added line");
        // reset brings the book's program back, and it is the book's again
        await c.page.locator(`.py-run[data-listing="${key}"] .py-run-reset`).click();
        assert.equal(await c.page.locator(`.py-run[data-listing="${key}"] .py-run-editor`).count(), 0);
        const back = await run(c.page, key);
        assert.equal(back.verdict, "same", back.status);
        // the version picker offers CPython 3.14 (WebAssembly), and this listing's panel for it says 16
        await c.page.locator("#py-version-picker").selectOption(WASM);
        const shown = await c.page
            .locator(`.py-versions[data-listing="${key}"] > .py-version:not([hidden]) code`)
            .textContent();
        assert.match(shown, /\n16\n$/);
        assert.deepEqual(c.problems.offsite, []);
        assert.deepEqual(c.problems.errors, []);
        assert.deepEqual(problems.errors, []);
        await c.context.close();
    });

    test(`${edition}: a listing with threads shows why instead of a Run button (ch20)`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch20-threading.html", SEOUL);
        const box = page.locator('.py-run[data-listing="ch20-threading/01-thread"]');
        assert.equal(await box.locator(".py-run-go").count(), 0, "no Run button");
        assert.equal((await box.locator(".py-run-why").textContent()).trim(), T.reason);
        // …and its output's version note says the same; the picker's choice makes it stand out
        await page.locator("#py-version-picker").selectOption(WASM);
        const note = page.locator('.py-versions[data-listing="ch20-threading/01-thread"] .py-version-note');
        assert.equal((await note.textContent()).trim(), T.reason);
        assert.match((await note.getAttribute("class")) || "", /py-note-active/);
        await page.waitForTimeout(300);
        assert.deepEqual(engineRequests(problems), []);
        await context.close();
    });
}

test("ko: bad edits end with a clear message and the page stays usable; keyboard", async () => {
    const { page, context, problems } = await openPage("ch15-scope.html", SEOUL);
    const key = "ch15-scope/01-read-global";
    const box = page.locator(`.py-run[data-listing="${key}"]`);
    // keyboard: Tab to the Run button, Enter runs it
    await box.locator(".py-run-go").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((k) => document.querySelector(`.py-run[data-listing="${k}"] .py-run-status`)?.dataset.verdict, key, { timeout: 120000 });
    assert.equal(await box.locator(".py-run-status").getAttribute("data-verdict"), "same");
    await box.locator(".py-run-status").evaluate((s) => delete s.dataset.verdict);

    const cases = [
        ["syntax error", "print('a'\n", (r) => /SyntaxError: '\(' was never closed/.test(r.output) && /종료 코드 1/.test(r.status)],
        ["input()", "name = input('이름? ')\nprint(name)\n", (r) => /EOFError/.test(r.output) && /input\(\)/.test(r.status)],
        ["a thread", "import threading\nthreading.Thread(target=print).start()\n", (r) => /can't start new thread/.test(r.output) && /스레드를 만들 수 없다/.test(r.status)],
        ["a huge output", "while True:\n    print('x' * 100)\n", (r) => /200,000자를 넘어/.test(r.status) && r.output.length <= 200000],
    ];
    for (const [what, code, ok] of cases) {
        await editTo(page, key, code);
        const r = await run(page, key);
        assert.ok(ok(r), `${what}: ${r.status}\n${r.output.slice(0, 300)}`);
    }
    // an endless loop: Stop ends it
    await editTo(page, key, "while True:\n    pass\n");
    await box.locator(".py-run-go").click();
    await page.waitForFunction((k) => document.querySelector(`.py-run[data-listing="${k}"] .py-run-status`)?.textContent.includes("실행하는 중"), key);
    await page.waitForTimeout(300);
    await box.locator(".py-run-stop").click();
    assert.equal(await box.locator(".py-run-status").getAttribute("data-verdict"), "stopped");
    await box.locator(".py-run-status").evaluate((s) => delete s.dataset.verdict);
    // …and the time limit ends it too (the listing's timeout, here lowered to 1 s)
    await box.evaluate((b) => (b.dataset.timeout = "1"));
    const t = await run(page, key);
    assert.equal(t.verdict, "timeout", t.status);
    assert.match(t.status, /1초가 지나도 끝나지 않아 멈췄다/);
    // the page is still usable: Reset, Ctrl+Enter in the editor runs the book's program again
    await box.evaluate((b) => (b.dataset.timeout = "10"));
    await box.locator(".py-run-reset").click();
    await box.locator(".py-run-edit").click();
    const editor = box.locator(".py-run-editor");
    await editor.focus();
    const url = page.url();
    await page.keyboard.press("ArrowLeft"); // mdBook's page turn must not fire from the editor
    assert.equal(page.url(), url);
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction((k) => document.querySelector(`.py-run[data-listing="${k}"] .py-run-status`)?.dataset.verdict, key, { timeout: 120000 });
    assert.equal(await box.locator(".py-run-status").getAttribute("data-verdict"), "same");
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.offsite, []);
    await context.close();
});

for (const { edition, prefix } of EDITIONS) {
    test(`${edition}: a pytz listing runs with the pinned wheel served by the site; a warning quoting a commented line (ch27)`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch27-time.html", SEOUL);
        const r = await run(page, "ch27-time/04-localize-normalize");
        assert.equal(r.verdict, "same", `${r.status}\n${r.output}`);
        assert.ok(problems.requests.some((u) => u.endsWith("/wasm/wheels/pytz-2026.6-py2.py3-none-any.whl")));
        // the DeprecationWarning quotes its line, comment and all (translated in English)
        const w = await run(page, "ch27-time/07-utcfromtimestamp");
        assert.equal(w.verdict, "same", `${w.status}\n${w.output}`);
        assert.match(w.output, /DeprecationWarning/);
        assert.deepEqual(problems.offsite, []);
        await context.close();
    });
}

for (const { edition, prefix } of EDITIONS) {
    test(`${edition}: a Rust listing opens the Playground with its program (edition 2024), made on click`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch27-time.html", SEOUL);
        await page.evaluate(() => {
            window.__opened = [];
            window.open = (u) => {
                window.__opened.push(u);
                return null;
            };
        });
        const box = page.locator('.rs-play[data-listing="ch27-time/01-now"]');
        // it stands in a Python ⇄ Rust tab pair: show the Rust tab, as a reader would
        await box.evaluate((b) => b.closest(".code-tabs")?.querySelector('.code-tabs-tab[data-lang="rust"]')?.click());
        assert.match(await box.locator(".rs-play-note").textContent(), /chrono-tz 0\.10\.4/);
        await box.locator(".rs-play-open").click();
        const [opened] = await page.evaluate(() => window.__opened);
        const u = new URL(opened);
        assert.equal(u.origin, "https://play.rust-lang.org");
        assert.equal(u.searchParams.get("edition"), "2024");
        const shown = await box.locator("pre code").textContent();
        assert.equal(u.searchParams.get("code"), shown);
        assert.ok(shown.includes("fn main()"));
        assert.deepEqual(problems.offsite, [], "the Playground is asked nothing until the reader clicks");
        await context.close();
    });

    test(`${edition}: a page with Run buttons, after a run, has no serious accessibility violation (axe-core)`, async () => {
        const { page, context } = await openPage(prefix + "ch15-scope.html", SEOUL);
        const key = "ch15-scope/04-unbound-local";
        await page.locator(`.py-run[data-listing="${key}"] .py-run-edit`).click();
        await run(page, key);
        const bad = await axeViolations(page);
        await context.close();
        assert.deepEqual(bad, []);
    });
}

test("timings", () => {
    for (const t of timings) console.log(`run: ${t}`);
});
