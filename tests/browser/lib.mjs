// What every browser test file shares: the built site served on 127.0.0.1, one headless
// Debian chromium (playwright-core), and pages that record console errors and off-site requests.
// Importing this module registers the before/after hooks of the importing test file.
import { before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { contentType } from "../../scripts/site-types.mjs";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../..");
export const site = path.resolve(process.env.SITE_DIR || path.join(repo, "target/site"));
export const artifacts = path.join(repo, "target/browser-artifacts");
export const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";


let server;
export let base;
export let browser;

before(async () => {
    assert.ok(fs.existsSync(path.join(site, "index.html")), `no site at ${site}: run scripts/build-site target/site`);
    assert.ok(fs.existsSync(chromiumPath), `no chromium at ${chromiumPath}: apt-get install chromium`);
    server = http.createServer((req, res) => {
        let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
        if (p.endsWith("/")) p += "index.html";
        const file = path.join(site, path.normalize(p));
        if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
            res.writeHead(404);
            return res.end("not found");
        }
        // as a static host (GitHub Pages) answers: cacheable for 10 minutes
        res.writeHead(200, {
            "content-type": contentType(file),
            "cache-control": "max-age=600",
            "last-modified": fs.statSync(file).mtime.toUTCString(),
        });
        fs.createReadStream(file).pipe(res);
    });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${server.address().port}/`;
    browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    });
    fs.mkdirSync(artifacts, { recursive: true });
});

after(async () => {
    await browser?.close();
    server?.close();
});

/** A page that records console errors and every request that does not go to our server.
 * `contextOptions` go to Playwright's newContext (e.g. `{ timezoneId: "Asia/Seoul" }`). */
export async function openPage(url, contextOptions = {}) {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    const problems = { errors: [], offsite: [], dialogs: [] };
    page.on("console", (m) => m.type() === "error" && problems.errors.push(m.text()));
    page.on("pageerror", (e) => problems.errors.push(String(e)));
    page.on("dialog", async (d) => {
        problems.dialogs.push(d.message());
        await d.dismiss();
    });
    await context.route("**/*", (route) => {
        const u = new URL(route.request().url());
        if (u.hostname === "127.0.0.1" || u.protocol === "data:" || u.protocol === "blob:") return route.continue();
        problems.offsite.push(route.request().url());
        return route.abort();
    });
    problems.requests = [];
    page.on("request", (r) => problems.requests.push(r.url()));
    await page.goto(new URL(url, base).href, { waitUntil: "load" });
    return { page, context, problems };
}


/** The editions: Korean at the site root, English under en/. */
export const EDITIONS = [
    { edition: "ko", prefix: "" },
    { edition: "en", prefix: "en/" },
];

/** The serious and critical axe-core violations of an open page, one line each. */
export async function axeViolations(page) {
    await page.addScriptTag({ path: path.join(here, "node_modules/axe-core/axe.min.js") });
    const result = await page.evaluate(async () => await window.axe.run(document));
    return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
