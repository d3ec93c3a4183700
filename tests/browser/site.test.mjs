// Browser tests of the built two-language site, in Debian's headless chromium via playwright-core.
//
//   scripts/browser-test            (builds the site into target/site, then runs every *.test.mjs)
//
// Checks, for both editions: the search finds the expected chapter for the query sets
// (shared/queries.ko.tsv and tests/browser/queries.en.tsv), shows highlighted snippets and never
// interprets a query as HTML; the language switcher keeps the chapter; Python ⇄ Rust tabs; no
// request leaves 127.0.0.1; no console error; no serious or critical axe-core violation on the
// intro and one chapter. Screenshots of one chapter per edition go to target/browser-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { EDITIONS, artifacts, base, browser, here, openPage, repo, site } from "./lib.mjs";

const MIN_HIT_RATE = { ko: 0.95, en: 0.95 };

function readQueries(file) {
    return fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.trim() && !l.startsWith("#"))
        .map((l) => {
            const [q, re] = l.split("\t");
            return { q, re: new RegExp(re) };
        });
}

for (const { edition, prefix } of EDITIONS) {
    const queryFile =
        edition === "ko" ? path.resolve(repo, "../shared/queries.ko.tsv") : path.join(here, "queries.en.tsv");

    test(`${edition}: search finds the expected chapter in the top 3`, async () => {
        const { page, context, problems } = await openPage(prefix + "intro.html");
        const queries = readQueries(queryFile);
        // A query whose expected chapter is not written yet (a draft in SUMMARY.md, no page)
        // cannot hit; it is reported, and the rate is taken over the others.
        const titles = await page.evaluate(async () => {
            const html = await (await fetch("toc.html")).text();
            const doc = new DOMParser().parseFromString(html, "text/html");
            return [...doc.querySelectorAll("a[href$='.html']")].map((a) => a.textContent.trim());
        });
        const answerable = queries.filter(({ re }) => titles.some((t) => re.test(t)));
        for (const { q } of queries.filter((x) => !answerable.includes(x))) {
            console.log(`  not in the book yet (no chapter title matches): ${q}`);
        }
        const misses = [];
        let hitsAll = 0;
        for (const { q, re } of queries) {
            const top = (await page.evaluate((q) => window.bookSearch(q), q)).slice(0, 3);
            const hit = top.some((r) => re.test(r.title));
            if (hit) hitsAll++;
            if (!hit && answerable.some((a) => a.q === q)) {
                misses.push(`${q} → ${top.map((r) => r.title).join(" | ") || "(nothing)"}`);
            }
        }
        const rate = (answerable.length - misses.length) / answerable.length;
        console.log(
            `search hit rate (${edition}): ${answerable.length - misses.length}/${answerable.length} = ${(100 * rate).toFixed(1)} % ` +
                `of the queries whose chapter exists; ${hitsAll}/${queries.length} of all`
        );
        for (const m of misses) console.log(`  miss: ${m}`);
        assert.deepEqual(problems.errors, []);
        assert.deepEqual(problems.offsite, []);
        await context.close();
        assert.ok(rate >= MIN_HIT_RATE[edition], `hit rate ${(100 * rate).toFixed(1)} % < ${100 * MIN_HIT_RATE[edition]} %`);
    });

    test(`${edition}: the search box shows highlighted results and never runs a query as HTML`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch02-str-repr.html");
        await page.keyboard.press("/");
        const input = page.locator("#book-search-input");
        await input.fill(edition === "ko" ? "클래스와" : "closure");
        await page.locator("#book-search-results li").first().waitFor();
        assert.ok((await page.locator("#book-search-results mark").count()) > 0, "no highlighted match");
        const evil = "<img src=x onerror=alert(1)>";
        await input.fill(evil);
        await page.waitForTimeout(400);
        assert.equal(await page.locator("#book-search img").count(), 0, "the query became an element");
        assert.equal(await input.inputValue(), evil);
        assert.deepEqual(problems.dialogs, [], "a script ran from the query");
        assert.deepEqual(problems.errors, []);
        assert.deepEqual(problems.offsite, []);
        await context.close();
    });

    test(`${edition}: the language switcher keeps the chapter`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch15-scope.html");
        const other = edition === "ko" ? "en" : "ko";
        await Promise.all([page.waitForNavigation(), page.locator("a.lang-switch").click()]);
        assert.match(page.url(), new RegExp(`${other === "en" ? "/en/" : "/(?!en/)"}ch15-scope\\.html$`));
        assert.equal(await page.evaluate(() => document.documentElement.lang), other);
        await Promise.all([page.waitForNavigation(), page.locator("a.lang-switch").click()]);
        assert.equal(new URL(page.url()).pathname, "/" + prefix + "ch15-scope.html");
        assert.deepEqual(problems.errors, []);
        assert.deepEqual(problems.offsite, []);
        await context.close();
    });

    test(`${edition}: Python ⇄ Rust tabs switch, persist across pages and visits, print both, work without JS`, async () => {
        const pages = fs
            .readdirSync(path.join(site, prefix))
            .filter((f) => /^ch\d\d-.*\.html$/.test(f))
            .filter((f) => fs.readFileSync(path.join(site, prefix, f), "utf8").includes('class="code-tabs"'));
        assert.ok(pages.length > 0, "no chapter has Python ⇄ Rust tabs");
        const { page, context, problems } = await openPage(prefix + pages[0]);
        const visible = (lang) =>
            page.locator(`.code-tabs >> nth=0 >> .code-tab[data-lang=${lang}]`).isVisible();
        assert.equal(await visible("python"), true);
        assert.equal(await visible("rust"), false);
        await page.locator(".code-tabs >> nth=0 >> [role=tab][data-lang=rust]").click();
        assert.equal(await visible("rust"), true);
        assert.equal(await visible("python"), false);
        for (const next of [pages[pages.length - 1], pages[0]]) {
            await page.goto(new URL(prefix + next, base).href); // another page, then a new visit
            assert.equal(await visible("rust"), true, `${next}: the choice was not kept`);
            assert.equal(
                await page.locator(".code-tabs >> nth=0 >> [role=tab][data-lang=rust]").getAttribute("aria-selected"),
                "true"
            );
        }
        await page.emulateMedia({ media: "print" });
        assert.equal(await visible("python"), true, "print shows only one language");
        assert.equal(await visible("rust"), true);
        assert.equal(await page.locator(".code-tabs-bar >> nth=0").isVisible(), false);
        assert.deepEqual(problems.errors, []);
        await context.close();

        const noJs = await browser.newContext({ javaScriptEnabled: false });
        const p2 = await noJs.newPage();
        await p2.goto(new URL(prefix + pages[0], base).href);
        assert.equal(await p2.locator(".code-tabs >> nth=0 >> .code-tab[data-lang=python]").isVisible(), true);
        assert.equal(await p2.locator(".code-tabs >> nth=0 >> .code-tab[data-lang=rust]").isVisible(), true);
        await noJs.close();
        console.log(`tabs (${edition}): ${pages.length} chapter(s) with tabs`);
    });

    test(`${edition}: no request leaves the machine, no console error, math is styled`, async () => {
        for (const p of ["index.html", "ch14-reduce-partial.html", "ch27-time.html", "print.html"]) {
            const { page, context, problems } = await openPage(prefix + p);
            await page.waitForLoadState("networkidle");
            assert.deepEqual(problems.offsite, [], `${p} asked another host`);
            assert.deepEqual(problems.errors, [], `${p} logged errors`);
            if (p.startsWith("ch")) {
                const font = await page.evaluate(() => {
                    const k = document.querySelector(".katex");
                    return k ? getComputedStyle(k).fontFamily : null;
                });
                assert.ok(font && font.includes("KaTeX"), `${p}: KaTeX styles not applied (${font})`);
            }
            await context.close();
        }
    });

    test(`${edition}: no serious or critical accessibility violation (axe-core)`, async () => {
        const axeSource = fs.readFileSync(path.join(here, "node_modules/axe-core/axe.min.js"), "utf8");
        for (const p of ["intro.html", "ch02-str-repr.html"]) {
            const { page, context } = await openPage(prefix + p);
            await page.addScriptTag({ content: axeSource });
            const result = await page.evaluate(async () => await window.axe.run(document));
            const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
            await context.close();
            assert.deepEqual(
                bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
                [],
                `${edition}/${p}`
            );
        }
    });

    test(`${edition}: screenshot of a chapter`, async () => {
        const { page, context } = await openPage(prefix + "ch27-time.html");
        await page.setViewportSize({ width: 1280, height: 1600 });
        const file = path.join(artifacts, `${edition}-ch27-time.png`);
        await page.screenshot({ path: file });
        await context.close();
        assert.ok(fs.statSync(file).size > 10000);
    });
}
