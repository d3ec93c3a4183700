// The reader's CPython version, in both editions: every output whose versions differ shows the
// chosen version's panel with a switcher; the top-bar picker sets the version for the whole book;
// the choice holds on other pages and the next visit; keyboard works; print and no-JavaScript
// show every panel with its label; outputs every version prints alike carry the quiet mark.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { EDITIONS, axeViolations, base, browser, here, openPage, site } from "./lib.mjs";

const versions = fs
    .readFileSync(path.join(here, "../../listings/python-versions"), "utf8")
    .split("\n")
    .map((l) => l.split("#")[0].trim().split(/\s+/)[0])
    .filter(Boolean);
const [primary, , oldest] = versions;
/** How the pages name a version: CPython in WebAssembly is "3.14 (WebAssembly)", never a bare 3.14. */
const name = (v) => (v.endsWith("-wasm") ? `${v.slice(0, -5)} (WebAssembly)` : v);

/** Chapter pages of an edition that have an output whose versions differ. */
function pagesWithPanels(prefix) {
    return fs
        .readdirSync(path.join(site, prefix))
        .filter((f) => /^ch\d\d-.*\.html$/.test(f))
        .filter((f) => /class="py-versions" data-listing=/.test(fs.readFileSync(path.join(site, prefix, f), "utf8")))
        .sort();
}

/** The versions of the visible panel of the first switcher on the page. */
const shownVersions = (page) =>
    page.evaluate(() => {
        const g = document.querySelector(".py-versions:not(.py-same)");
        const shown = [...g.querySelectorAll(":scope > .py-version")].filter((p) => p.offsetParent !== null);
        return shown.map((p) => p.dataset.py);
    });

for (const { edition, prefix } of EDITIONS) {
    test(`${edition}: the CPython version switcher and picker: default, choice, remembered, keyboard`, async () => {
        const pages = pagesWithPanels(prefix);
        assert.ok(pages.length >= 2, `only ${pages.length} page(s) with per-version outputs`);
        const { page, context, problems } = await openPage(prefix + pages[0]);
        const picker = page.locator("#py-version-picker");
        assert.equal(await picker.inputValue(), primary, "the default is the primary version");
        assert.deepEqual(
            await page.locator("#py-version-picker option").allTextContents(),
            versions.map(name),
            "the picker offers every supported version"
        );
        const shown = await shownVersions(page);
        assert.equal(shown.length, 1, "exactly one panel shows");
        assert.ok(shown[0].split(" ").includes(primary));

        // A choice on one output's switcher…
        const tab = page.locator(`.py-versions:not(.py-same) >> nth=0 >> [role=tab][data-py="${oldest}"]`);
        await tab.click();
        assert.equal(await tab.getAttribute("aria-selected"), "true");
        assert.ok((await shownVersions(page))[0].split(" ").includes(oldest));
        assert.equal(await picker.inputValue(), oldest, "the picker follows the switcher");
        // …holds on another page, and on a page without any switcher, and on the next visit.
        for (const next of [pages[pages.length - 1], "intro.html", pages[0]]) {
            await page.goto(new URL(prefix + next, base).href);
            assert.equal(await page.locator("#py-version-picker").inputValue(), oldest, `${next}: picker`);
            if (next.startsWith("ch")) {
                assert.ok((await shownVersions(page))[0].split(" ").includes(oldest), `${next}: panel`);
            }
        }
        // The picker sets it for every output of the page.
        await page.locator("#py-version-picker").selectOption(versions[1]);
        const all = await page.evaluate((v) => {
            return [...document.querySelectorAll(".py-versions:not(.py-same)")].every((g) => {
                const shown = [...g.querySelectorAll(":scope > .py-version")].filter((p) => !p.hidden);
                return shown.length === 1 && shown[0].dataset.py.split(" ").includes(v);
            });
        }, versions[1]);
        assert.ok(all, "the picker's version shows on every switcher of the page");
        // Keyboard: arrows move along the switcher and take the focus with them.
        await page.locator(`.py-versions:not(.py-same) >> nth=0 >> [role=tab][data-py="${versions[1]}"]`).focus();
        await page.keyboard.press("ArrowRight");
        const focused = await page.evaluate(() => document.activeElement?.dataset.py);
        assert.equal(focused, versions[2]);
        assert.equal(await page.locator("#py-version-picker").inputValue(), versions[2]);
        await page.keyboard.press("Home");
        assert.equal(await page.locator("#py-version-picker").inputValue(), primary);

        // Outputs that every version prints alike say so, quietly.
        const same = await page.locator(".py-versions.py-same .py-version-label").count();
        assert.ok(same > 0, "no output carries the same-on-every-version mark");
        const sameText = await page.locator(".py-versions.py-same .py-version-label").first().textContent();
        assert.match(
            sameText,
            new RegExp(
                versions
                    .map(name)
                    .map((v) => v.replace(/[.()]/g, "\\$&"))
                    .join(" · ")
            )
        );

        // Print: every panel, each with its label; no switcher, no picker.
        await page.emulateMedia({ media: "print" });
        const printed = await page.evaluate(() => {
            const g = document.querySelector(".py-versions:not(.py-same)");
            const panels = [...g.querySelectorAll(":scope > .py-version")];
            return {
                panels: panels.length,
                visible: panels.filter((p) => getComputedStyle(p).display !== "none").length,
                labels: panels.filter((p) => {
                    const l = p.querySelector(".py-version-label");
                    return l && getComputedStyle(l).display !== "none";
                }).length,
                bar: getComputedStyle(g.querySelector(".py-versions-bar")).display,
                picker: getComputedStyle(document.querySelector(".py-picker")).display,
            };
        });
        assert.ok(printed.panels >= 2);
        assert.equal(printed.visible, printed.panels, "print shows every panel");
        assert.equal(printed.labels, printed.panels, "print labels every panel");
        assert.equal(printed.bar, "none");
        assert.equal(printed.picker, "none");
        assert.deepEqual(problems.errors, []);
        assert.deepEqual(problems.offsite, []);
        await context.close();

        // Without JavaScript: every panel with its label.
        const noJs = await browser.newContext({ javaScriptEnabled: false });
        const p2 = await noJs.newPage();
        await p2.goto(new URL(prefix + pages[0], base).href);
        const g = p2.locator(".py-versions:not(.py-same) >> nth=0");
        const n = await g.locator(":scope > .py-version").count();
        assert.ok(n >= 2);
        for (let i = 0; i < n; i++) {
            const panel = g.locator(":scope > .py-version").nth(i);
            assert.equal(await panel.isVisible(), true, "without JavaScript every panel shows");
            assert.match(await panel.locator(".py-version-label").textContent(), /^CPython \d\.\d+/);
        }
        await noJs.close();
        console.log(`versions (${edition}): ${pages.length} chapter(s) with per-version outputs`);
    });

    test(`${edition}: a page with a version switcher has no serious accessibility violation (axe-core)`, async () => {
        const { page, context } = await openPage(prefix + pagesWithPanels(prefix)[0]);
        const bad = await axeViolations(page);
        await context.close();
        assert.deepEqual(bad, []);
    });
}
