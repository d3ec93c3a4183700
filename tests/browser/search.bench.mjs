// Search latency in headless chromium on localhost, for scripts/bench.sh (not a test: it is not
// named *.test.mjs, so scripts/browser-test does not run it). Targets (BOOK-DESIGN.md §5): the
// first query from a cold page < 100 ms, later queries < 10 ms.
//
//   SITE_DIR=target/bench-site node --test tests/browser/search.bench.mjs
//
// Cold: a new browser context each time (empty HTTP cache), the page loaded, then one query:
// the time includes fetching and reading EDITION/search/index.json. Later: every query of the
// edition's query set, through window.bookSearch and typed into the search box (until its
// results are on the page). Pages here are not routed through the test's request recorder,
// which slows every request down.
import { test } from "node:test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EDITIONS, base, browser, site } from "./lib.mjs";
import { readQueries } from "./queries.mjs";

const COLD_RUNS = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

test("search latency", async () => {
    const load = os.loadavg()[0].toFixed(1);
    console.log(`bench: search: load average ${load} on ${os.cpus().length} cores while measuring (other work slows every figure)`);
    for (const { edition, prefix } of EDITIONS) {
        const queries = readQueries(edition).map((x) => x.q);
        const cold = [];
        for (let i = 0; i < COLD_RUNS; i++) {
            const context = await browser.newContext();
            const page = await context.newPage();
            await page.goto(new URL(prefix + "intro.html", base).href, { waitUntil: "load" });
            cold.push(
                await page.evaluate(async (q) => {
                    const t = performance.now();
                    await window.bookSearch(q);
                    return performance.now() - t;
                }, queries[i % queries.length])
            );
            await context.close();
        }
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(new URL(prefix + "intro.html", base).href, { waitUntil: "load" });
        await page.evaluate(() => window.bookSearch("x"));
        const api = await page.evaluate(async (qs) => {
            const out = [];
            for (const q of qs) {
                const t = performance.now();
                await window.bookSearch(q);
                out.push(performance.now() - t);
            }
            return out;
        }, queries);
        await page.keyboard.press("/");
        const box = await page.evaluate(async (qs) => {
            const input = document.getElementById("book-search-input");
            const list = document.getElementById("book-search-results");
            const out = [];
            for (const q of qs) {
                input.value = "";
                input.dispatchEvent(new Event("input"));
                await new Promise((r) => setTimeout(r, 0));
                const t = performance.now();
                const shown = new Promise((r) => new MutationObserver((_, o) => (o.disconnect(), r())).observe(list, { childList: true }));
                input.value = q;
                input.dispatchEvent(new Event("input"));
                await shown;
                out.push(performance.now() - t);
            }
            return out;
        }, queries.filter((q) => q.length > 1));
        await context.close();
        const size = fs.statSync(path.join(site, prefix, "search/index.json")).size;
        console.log(`bench: search (${edition}), first query from a cold page: median ${fmt(median(cold))}, max ${fmt(Math.max(...cold))} (${COLD_RUNS} runs)    target < 100 ms`);
        console.log(`bench: search (${edition}), later queries (${api.length}): median ${fmt(median(api))}, max ${fmt(Math.max(...api))}; typed into the box: median ${fmt(median(box))}, max ${fmt(Math.max(...box))}    target < 10 ms`);
        console.log(`bench: search (${edition}), index: ${(size / 1024).toFixed(0)} KiB (search/index.json)`);
    }
});
