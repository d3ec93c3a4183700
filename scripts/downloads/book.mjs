// The PDF and the EPUB of one edition, beside its pages in a built site.
//
//   node scripts/downloads/book.mjs SITE_DIR ko|en      (scripts/build-downloads runs both)
//
// writes SITE_DIR/intermediate-python-in-rust.ko.{pdf,epub} or
// SITE_DIR/en/intermediate-python-in-rust.en.{pdf,epub}. One headless Chromium per edition: an
// HTML build of the edition with MathML (target/downloads/mathml-*) is simplified in it and
// handed to pandoc (epub.mjs), which writes the EPUB while the site's print page, served on
// 127.0.0.1 and loaded with the print media, is printed to the PDF (pdf.mjs).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { spawn } from "node:child_process";
import { FILES, bookInfo, editionEnv, loadChromium, repo } from "./common.mjs";
import { printPdf } from "./pdf.mjs";
import { simplifyPrintPage, writeEpub } from "./epub.mjs";
import { contentType } from "../site-types.mjs";

const [siteArg, edition] = process.argv.slice(2);
if (!siteArg || !["ko", "en"].includes(edition)) {
    console.error("usage: node scripts/downloads/book.mjs SITE_DIR ko|en");
    process.exit(2);
}
const site = path.resolve(siteArg);
const prefix = edition === "en" ? "en/" : "";
const pdfOut = path.join(site, prefix, FILES.pdf(edition));
const epubOut = path.join(site, prefix, FILES.epub(edition));
if (!fs.existsSync(path.join(site, prefix, "print.html"))) {
    console.error(`${edition}: no ${path.join(site, prefix, "print.html")}: build the site first (scripts/build-site)`);
    process.exit(1);
}
const mathmlSite = path.resolve(repo, process.env.CARGO_TARGET_DIR || "target", "downloads", `mathml-${edition}`);
const info = bookInfo(edition);
const chromium = await loadChromium(edition);
const started = Date.now();
const secs = (ms) => (ms / 1000).toFixed(1);

// The MathML build, in the background while Chromium starts.
const mathml = new Promise((resolve, reject) => {
    const env = { ...process.env, ...editionEnv(edition), MDBOOK_PREPROCESSOR__KATEX__OUTPUT: "mathml" };
    if (edition === "ko") delete env.MDBOOK_BOOK__LANGUAGE;
    const p = spawn("mdbook", ["build", "-d", mathmlSite], { cwd: repo, env, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    p.stderr.on("data", (d) => (log += d));
    p.on("error", (e) => reject(new Error(`mdbook did not run (${e.message}): scripts/tools installs it`)));
    p.on("close", (c) => (c === 0 ? resolve(Date.now()) : reject(new Error(`mdbook build (MathML) failed:\n${log}`))));
});
mathml.catch(() => {}); // awaited below

// The site and the MathML build, on 127.0.0.1 (the latter under /__mathml/; /__blank: empty).
const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (p === "/__blank") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end("<!DOCTYPE html><title></title>");
    }
    let root = site;
    if (p.startsWith("/__mathml/")) [root, p] = [mathmlSite, p.slice("/__mathml".length)];
    if (p.endsWith("/")) p += "index.html";
    const file = path.join(root, path.normalize(p));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404);
        return res.end();
    }
    res.writeHead(200, { "content-type": contentType(file) });
    fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
    executablePath: info.chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
let failed = false;
try {
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(String(e)));
    await context.route("**/*", (route) =>
        new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()
    );
    // The EPUB first, so that pandoc (one core, the longest step) starts as early as it can:
    // the MathML print page, fetched and simplified from a page of the same server.
    const mathmlDone = await mathml;
    await page.goto(base + "__blank"); // an empty page of the server's origin, to fetch from
    const source = await page.evaluate(simplifyPrintPage, base + "__mathml/print.html");
    if (source.error) throw new Error(source.error);
    const epub = writeEpub({ source, info, resources: mathmlSite, out: epubOut });
    epub.catch(() => {}); // awaited below

    // The PDF: the site's print page, which opens the print dialog when it has loaded.
    await page.addInitScript(() => {
        window.print = () => {};
    });
    await page.emulateMedia({ media: "print", colorScheme: "light" });
    await page.goto(base + prefix + "print.html", { waitUntil: "load" });
    if (problems.length) throw new Error(`the print page has errors:\n${problems.join("\n")}`);
    const loaded = Date.now();
    const [p, e] = await Promise.allSettled([printPdf({ page, browser, info, out: pdfOut }), epub]);
    for (const [what, r, file] of [["pdf", p, pdfOut], ["epub", e, epubOut]]) {
        if (r.status === "fulfilled") console.log(`${what} (${edition}): ${path.relative(process.cwd(), file)}: ${r.value}`);
        else {
            failed = true;
            console.error(`${what} (${edition}): ${r.reason?.stack || r.reason}`);
        }
    }
    console.log(
        `${edition}: ${secs(Date.now() - started)} s (print page loaded at ${secs(loaded - started)} s, ` +
            `MathML build done at ${secs(mathmlDone - started)} s, pandoc started then)`
    );
    await context.close();
} catch (e) {
    failed = true;
    console.error(`${edition}: ${e.stack || e}`);
} finally {
    await browser.close();
    server.close();
}
process.exit(failed ? 1 : 0);
