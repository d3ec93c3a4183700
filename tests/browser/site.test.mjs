// Browser tests of the built two-language site, in Debian's headless chromium via playwright-core.
//
//   scripts/browser-test            (builds the site into target/site, then runs every *.test.mjs)
//
// Checks, for both editions (the search has its own file, search.test.mjs): the language
// switcher keeps the chapter; Python ⇄ Rust tabs; no request leaves 127.0.0.1; no console
// error; no serious or critical axe-core violation on the intro and one chapter. Screenshots of one chapter per edition go to target/browser-artifacts/.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { EDITIONS, artifacts, axeViolations, base, browser, openPage, site } from "./lib.mjs";

for (const { edition, prefix } of EDITIONS) {
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
        for (const p of ["intro.html", "ch02-str-repr.html"]) {
            const { page, context } = await openPage(prefix + p);
            const bad = await axeViolations(page);
            await context.close();
            assert.deepEqual(bad, [], `${edition}/${p}`);
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
