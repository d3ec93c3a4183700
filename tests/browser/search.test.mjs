// Browser tests of the search (theme/search.js, the index written by search/build-index.mjs), in
// both editions, in Debian's headless chromium:
//
//   scripts/browser-test            (builds the site into target/site, then runs every *.test.mjs)
//
// - the reader's queries (queries.ko.tsv, queries.en.tsv beside this file) find their chapter in
//   the top 3, through window.bookSearch, which is what the search box shows; the hit rate per
//   kind of query, the misses and the latency (first query from a cold page, later queries) are
//   printed. The latency fails the test only when grossly off; scripts/bench.sh measures it.
// - typing into the search box shows highlighted snippets and the vocabulary that brought a hit;
// - bad input (empty, 500 characters, only punctuation, markup, no hit) is answered calmly: no
//   console error, no element made from the query, "no results" in the page's language.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { EDITIONS, openPage, site } from "./lib.mjs";
import { readQueries } from "./queries.mjs";

const MIN_HIT_RATE = 0.97;
const MIN_QUERIES = { ko: 80, en: 40 };
// Gross regressions only (a slow or busy machine must pass); the targets, < 100 ms cold and
// < 10 ms later, are measured by scripts/bench.sh.
const MAX_COLD_MS = 3000;
const MAX_WARM_MEDIAN_MS = 100;
const NO_RESULTS = { ko: "결과가 없습니다", en: "No results" };

const chapterOf = (href) => href.split("#")[0].replace(/\.html$/, "").split("/").pop();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const { edition, prefix } of EDITIONS) {
    test(`${edition}: the reader's queries find their chapter in the top 3`, async () => {
        const queries = readQueries(edition);
        assert.ok(queries.length >= MIN_QUERIES[edition], `queries.${edition}.tsv: ${queries.length} queries < ${MIN_QUERIES[edition]}`);
        const { page, context, problems } = await openPage(prefix + "intro.html");
        // A query whose chapter is not written yet (a draft in SUMMARY.md, no page) cannot hit:
        // it is reported, and the rate is taken over the others.
        const pages = new Set(fs.readdirSync(path.join(site, prefix)).map((f) => f.replace(/\.html$/, "")));
        const answerable = queries.filter(({ want }) => want.some((w) => pages.has(w)));
        for (const { q } of queries.filter((x) => !answerable.includes(x))) console.log(`  not in the book yet: ${q}`);

        const cold = await page.evaluate(async (q) => {
            const t = performance.now();
            await window.bookSearch(q);
            return performance.now() - t;
        }, queries[0].q);
        const misses = [];
        const kinds = {};
        const warm = [];
        for (const { q, want, kind } of answerable) {
            const { top, ms } = await page.evaluate(async (q) => {
                const t = performance.now();
                const top = (await window.bookSearch(q)).slice(0, 3);
                return { top, ms: performance.now() - t };
            }, q);
            warm.push(ms);
            const hit = top.some((r) => want.includes(chapterOf(r.href)));
            kinds[kind] ??= { hits: 0, n: 0 };
            kinds[kind].n++;
            if (hit) kinds[kind].hits++;
            else misses.push(`${q} (${kind}; wanted ${want.join(" or ")}) → ${top.map((r) => r.title).join(" | ") || "(nothing)"}`);
        }
        const hits = answerable.length - misses.length;
        const rate = hits / answerable.length;
        console.log(
            `search hit rate (${edition}): ${hits}/${answerable.length} = ${(100 * rate).toFixed(1)} % in the top 3 (` +
                Object.entries(kinds)
                    .map(([k, { hits, n }]) => `${k} ${hits}/${n}`)
                    .join(", ") +
                ")"
        );
        for (const m of misses) console.log(`  miss: ${m}`);
        console.log(
            `search latency (${edition}): first query from a cold page ${cold.toFixed(0)} ms; later queries median ` +
                `${median(warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms (scripts/bench.sh measures the targets)`
        );
        assert.deepEqual(problems.errors, []);
        assert.deepEqual(problems.offsite, []);
        await context.close();
        assert.ok(rate >= MIN_HIT_RATE, `hit rate ${(100 * rate).toFixed(1)} % < ${100 * MIN_HIT_RATE} %`);
        assert.ok(cold < MAX_COLD_MS, `first query took ${cold.toFixed(0)} ms (> ${MAX_COLD_MS} ms)`);
        assert.ok(median(warm) < MAX_WARM_MEDIAN_MS, `later queries took ${median(warm).toFixed(1)} ms (median > ${MAX_WARM_MEDIAN_MS} ms)`);
    });

    test(`${edition}: the search box shows highlighted results and the vocabulary that brought a hit`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch02-str-repr.html");
        await page.keyboard.press("/");
        const input = page.locator("#book-search-input");
        assert.equal(await input.evaluate((el) => el === document.activeElement), true, "/ does not focus the search box");
        await input.fill(edition === "ko" ? "클래스와" : "closure");
        await page.locator("#book-search-results li").first().waitFor();
        // the snippets follow the results (search/text.json): wait for the first one
        await page.locator("#book-search-results .book-search-snippet").first().waitFor();
        assert.ok((await page.locator("#book-search-results mark").count()) > 0, "no highlighted match");
        // The box shows what window.bookSearch answers, in order.
        const titles = await page.locator("#book-search-results .book-search-title").allTextContents();
        const api = await page.evaluate((q) => window.bookSearch(q), await input.inputValue());
        assert.deepEqual(titles, api.map((r) => r.title));
        // A word of the vocabulary that the chapter does not use: the hit says why it is there.
        const [word, chapter] = edition === "ko" ? ["반복자", "ch11-iterators"] : ["finalizer", "ch06-init-del"];
        await input.fill(word);
        await page.waitForFunction(
            (ch) => document.querySelector("#book-search-results a")?.getAttribute("href").includes(ch),
            chapter
        );
        const also = await page.locator("#book-search-results li >> nth=0 >> .book-search-also").textContent();
        assert.ok(also.includes(word), `the first hit does not say "${word}": ${also}`);
        assert.deepEqual(problems.errors, []);
        assert.deepEqual(problems.offsite, []);
        await context.close();
    });

    test(`${edition}: bad input is answered calmly`, async () => {
        const { page, context, problems } = await openPage(prefix + "ch11-iterators.html");
        await page.keyboard.press("/");
        const input = page.locator("#book-search-input");
        const status = page.locator("#book-search-status");
        const results = page.locator("#book-search-results li");
        const settle = () => page.waitForTimeout(150);

        await input.fill(edition === "ko" ? "클래스" : "class");
        await results.first().waitFor();
        await input.fill("   ");
        await settle();
        assert.equal(await results.count(), 0, "an empty query leaves results");
        assert.equal((await status.textContent()).trim(), "", "an empty query says something");

        for (const q of ["?!…·,.;:()[]{}", "zqxjkv", "뷁햏뷁"]) {
            await input.fill(q);
            await page.waitForFunction((none) => document.getElementById("book-search-status").textContent === none, NO_RESULTS[edition]);
            assert.equal(await results.count(), 0, `${q}: results for a query that matches nothing`);
        }

        const long = ("이터레이터와 제너레이터 iterator ").repeat(40).slice(0, 500);
        await input.fill(long);
        await results.first().waitFor();
        assert.equal(await input.inputValue(), long);

        const evil = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        await input.fill(evil);
        await settle();
        assert.equal(await page.locator("#book-search img, #book-search script").count(), 0, "the query became an element");
        assert.equal(await input.inputValue(), evil);
        assert.deepEqual(problems.dialogs, [], "a script ran from the query");
        const answer = await page.evaluate((q) => window.bookSearch(q), evil);
        assert.ok(Array.isArray(answer));

        assert.deepEqual(problems.errors, []);
        assert.deepEqual(problems.offsite, []);
        await context.close();
    });
}
