// The book to take away: the PDF and EPUB of both editions (scripts/build-downloads) and the
// download button of the top bar.
//
//   scripts/browser-test            (builds the site with its downloads into target/site)
//
// PDF (poppler-utils): every chapter title in the text (pdftotext), a bookmark per chapter
// (pdftohtml -xml), every font embedded and a Hangul one among them (pdffonts), Hangul intact,
// at least 300 A4 pages, at most 15 MB, every CPython version panel with its label, no line
// running into the margins (long code lines wrap), no heading alone at the bottom of a page.
// EPUB: epubcheck (Debian's) finds no error and no warning; the chapters in order in the
// navigation document, the SVG diagrams, MathML, monospace code, every CPython version panel,
// title, language, identifier.
// Site: every page of each edition has the button; its links give that edition's files.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { EDITIONS, base, browser, site } from "./lib.mjs";

const run = promisify(execFile);
const FILE = (edition, ext) => `intermediate-python-in-rust.${edition}.${ext}`;
const MAX_PDF_BYTES = 15e6;
const MIN_PAGES = 300;
const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR || "/usr/share/java/epubcheck.jar";

/** A tool the tests need, or a failure that says how to install it. */
function need(cmd, pkg, args = ["-v"]) {
    try {
        execFileSync(cmd, args, { stdio: "ignore" });
    } catch (e) {
        if (e.code === "ENOENT") assert.fail(`${cmd} is not installed: apt-get install ${pkg}`);
    }
}

const decode = (s) =>
    s
        .replace(/<[^>]+>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&amp;/g, "&")
        .replace(/[\uFE0E\uFE0F]/g, "") // pandoc marks ↔ as text, not emoji (U+FE0E)
        .replace(/\s+/g, " ")
        .trim();
const squeeze = (s) => s.replace(/\s+/g, "");

/** The labels of the CPython version panels of an edition's print page, with their counts. */
function versionLabels(prefix) {
    const html = fs.readFileSync(path.join(site, prefix, "print.html"), "utf8");
    const counts = new Map();
    for (const m of html.matchAll(/<p class="py-version-label">([\s\S]*?)<\/p>/g)) {
        const t = squeeze(decode(m[1]));
        counts.set(t, (counts.get(t) || 0) + 1);
    }
    return counts;
}
/** How many of `items` (strings, squeezed) are exactly `needle`. */
const occurrences = (items, needle) => items.filter((x) => x === needle).length;

/** The chapter titles of an edition: the first-level headings of its print page, in order. */
function chapterTitles(prefix) {
    const html = fs.readFileSync(path.join(site, prefix, "print.html"), "utf8");
    const main = html.slice(html.indexOf("<main>"), html.indexOf("</main>"));
    return [...main.matchAll(/<h1 id="[^"]*">([\s\S]*?)<\/h1>/g)].map((m) => decode(m[1]));
}

function downloadFile(prefix, edition, ext) {
    const f = path.join(site, prefix, FILE(edition, ext));
    assert.ok(fs.existsSync(f), `${f} is missing: scripts/build-site target/site builds it (scripts/build-downloads)`);
    return f;
}

// epubcheck (Java) takes a while: both editions are checked in parallel, from the start.
const epubchecks = {};
before(() => {
    need("java", "epubcheck", ["-version"]);
    assert.ok(fs.existsSync(EPUBCHECK_JAR), `no ${EPUBCHECK_JAR}: apt-get install epubcheck`);
    for (const { edition, prefix } of EDITIONS) {
        const f = path.join(site, prefix, FILE(edition, "epub"));
        if (!fs.existsSync(f)) continue; // reported by the test
        epubchecks[edition] = run("java", ["-jar", EPUBCHECK_JAR, "--quiet", f], { maxBuffer: 1 << 26 }).then(
            (r) => ({ ok: true, out: r.stdout + r.stderr }),
            (e) => ({ ok: false, out: (e.stdout || "") + (e.stderr || "") + (e.code === "ENOENT" ? e.message : "") })
        );
    }
});

for (const { edition, prefix } of EDITIONS) {
    test(`${edition}: the PDF has every chapter, its bookmarks, embedded fonts, Hangul, every CPython panel, ≥ ${MIN_PAGES} A4 pages`, async () => {
        need("pdftotext", "poppler-utils");
        const pdf = downloadFile(prefix, edition, "pdf");
        const size = fs.statSync(pdf).size;
        assert.ok(size <= MAX_PDF_BYTES, `${pdf}: ${(size / 1e6).toFixed(1)} MB > 15 MB`);

        const info = (await run("pdfinfo", [pdf])).stdout;
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
        assert.ok(pages >= MIN_PAGES, `${pages} pages < ${MIN_PAGES}`);
        assert.match(info, /^Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/m);

        const titles = chapterTitles(prefix);
        assert.ok(titles.length >= 30, `only ${titles.length} chapters in ${prefix}print.html`);
        const text = (await run("pdftotext", ["-enc", "UTF-8", pdf, "-"], { maxBuffer: 1 << 28 })).stdout;
        const flat = squeeze(text);
        const notInText = titles.filter((t) => !flat.includes(squeeze(t)));
        assert.deepEqual(notInText, [], "chapter titles missing from the PDF's text");

        // The bookmark outline: one entry per chapter, in order (numbered chapters as "N. title").
        const xml = (await run("pdftohtml", ["-xml", "-stdout", "-i", "-q", "-f", "1", "-l", "1", pdf], { maxBuffer: 1 << 26 })).stdout;
        const outline = [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: decode(m[2]) }));
        const bare = (t) => t.replace(/^\d+\. /, "");
        let at = -1;
        const notBookmarked = [];
        for (const t of titles) {
            const i = outline.findIndex((o, k) => k > at && bare(o.title) === t);
            if (i < 0) notBookmarked.push(t);
            else at = i;
        }
        assert.deepEqual(notBookmarked, [], "chapters without a bookmark (or out of order)");
        assert.ok(outline.length > titles.length * 3, `${outline.length} bookmarks: the sections are missing`);

        // Fonts: every one embedded; the Hangul of the text in a Hangul font.
        const fonts = (await run("pdffonts", [pdf])).stdout.split("\n").slice(2).filter((l) => l.trim());
        // columns: name, type, encoding, emb, sub, uni, object, generation (type has spaces)
        const notEmbedded = fonts.filter((l) => l.trim().split(/\s+/).at(-5) !== "yes");
        assert.deepEqual(notEmbedded, [], "fonts not embedded");
        assert.ok(fonts.some((l) => /Nanum/.test(l)), `no Hangul font in the PDF:\n${fonts.join("\n")}`);
        // Hangul intact: the text extracts as Hangul (no replacement characters); the Korean title
        // is on both covers.
        assert.ok(!text.includes("\uFFFD"), "the text has replacement characters");
        assert.ok(flat.includes(squeeze("파이썬 중급, 러스트로")), "the Korean title is not in the text");
        const hangul = (text.match(/[가-힣]/g) || []).length;
        assert.ok(hangul >= (edition === "ko" ? 50000 : 500), `only ${hangul} Hangul syllables in the text`);

        // Every CPython version panel of every output, with its label (the print styles show all).
        const labels = versionLabels(prefix);
        assert.ok(labels.size >= 2, `${labels.size} kinds of CPython version label in ${prefix}print.html`);
        const lines = text.split("\n").map((l) => squeeze(l).replace(/^✓/, "")); // site.css marks "same in all" with ✓
        const shortLabels = [...labels]
            .filter(([l, n]) => occurrences(lines, l) < n)
            .map(([l, n]) => `${l}: ${occurrences(lines, l)} of ${n}`);
        assert.deepEqual(shortLabels, [], "CPython version panels missing from the PDF");

        // Long lines wrap: no word of any page reaches into the side margins (22 mm, pdf.css),
        // where a line too long for the page would run and be cut at the paper's edge.
        const bbox = (await run("pdftotext", ["-bbox", pdf, "-"], { maxBuffer: 1 << 28 })).stdout;
        const margin = (22 / 25.4) * 72 - 1;
        const outside = [];
        for (const pg of bbox.matchAll(/<page width="([\d.]+)"[^>]*>([\s\S]*?)<\/page>/g)) {
            for (const w of pg[2].matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
                if (Number(w[1]) < margin || Number(w[2]) > Number(pg[1]) - margin) outside.push(decode(w[3]));
            }
        }
        assert.deepEqual(outside.slice(0, 20), [], `${outside.length} words in the side margins`);

        // No heading alone at the bottom of a page: a page's last line (before its number) is
        // never a bookmarked heading. (From the first chapter on: the table of contents lists them.)
        const headings = new Set(outline.map((o) => squeeze(bare(o.title))));
        const firstChapter = outline.find((o) => bare(o.title) === titles[0]).page;
        const stranded = [];
        text.split("\f").forEach((p, i) => {
            if (i + 1 < firstChapter) return;
            const lines = p.split("\n").map((l) => l.trim()).filter(Boolean);
            if (/^\d+$/.test(lines.at(-1) || "")) lines.pop();
            for (const k of [1, 2]) {
                if (lines.length >= k && headings.has(squeeze(lines.slice(-k).join("")))) stranded.push(`page ${i + 1}: ${lines.slice(-k).join(" ")}`);
            }
        });
        assert.deepEqual(stranded, [], "headings at the bottom of a page");
        console.log(`pdf (${edition}): ${pages} pages, ${(size / 1e6).toFixed(1)} MB, ${outline.length} bookmarks, ${fonts.length} fonts`);
    });

    test(`${edition}: the EPUB passes epubcheck and has the chapters, nav, diagrams, math, CPython panels, metadata`, async () => {
        const epub = downloadFile(prefix, edition, "epub");
        const check = await epubchecks[edition];
        assert.ok(check, "epubcheck did not run");
        const problems = check.out.split("\n").filter((l) => /^(FATAL|ERROR|WARNING)/.test(l));
        assert.ok(check.ok && problems.length === 0, `epubcheck ${epub}:\n${check.out}`);

        const dir = fs.mkdtempSync(path.join(os.tmpdir(), `epub-${edition}-`));
        try {
            await run("python3", ["-m", "zipfile", "-e", epub, dir]);
            const opf = fs.readFileSync(path.join(dir, "EPUB/content.opf"), "utf8");
            assert.match(opf, /<dc:title[^>]*>[^<]+<\/dc:title>/);
            assert.match(opf, new RegExp(`<dc:language>${edition}</dc:language>`));
            assert.match(opf, /<dc:identifier[^>]*>urn:uuid:[0-9a-f-]{36}<\/dc:identifier>/);
            const nav = fs.readFileSync(path.join(dir, "EPUB/nav.xhtml"), "utf8");
            const navTitles = [...nav.matchAll(/<a href="[^"]*">([\s\S]*?)<\/a>/g)].map((m) => decode(m[1]));
            let at = -1;
            const missing = [];
            for (const t of chapterTitles(prefix)) {
                const i = navTitles.findIndex((n, k) => k > at && n === t);
                if (i < 0) missing.push(t);
                else at = i;
            }
            assert.deepEqual(missing, [], "chapters missing from the navigation document (or out of order)");
            const media = fs.readdirSync(path.join(dir, "EPUB/media")).filter((f) => f.endsWith(".svg"));
            const srcImages = new Set(
                [...fs.readFileSync(path.join(site, prefix, "print.html"), "utf8").matchAll(/<img src="([^"]+\.svg)"/g)].map((m) => m[1])
            );
            assert.equal(media.length, srcImages.size, `SVG diagrams: ${media.length} in the EPUB, ${srcImages.size} in the book`);
            const texts = fs.readdirSync(path.join(dir, "EPUB/text")).map((f) => fs.readFileSync(path.join(dir, "EPUB/text", f), "utf8"));
            const all = texts.join("\n");
            assert.ok((all.match(/<math /g) || []).length >= 10, "the EPUB has no MathML");
            assert.ok(!/class="katex/.test(all), "KaTeX markup left in the EPUB");
            assert.ok((all.match(/<pre/g) || []).length > 300, "the code blocks are missing");
            const paragraphs = [...all.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => squeeze(decode(m[1])));
            const shortLabels = [...versionLabels(prefix)]
                .filter(([l, n]) => occurrences(paragraphs, l) < n)
                .map(([l, n]) => `${l}: ${occurrences(paragraphs, l)} of ${n}`);
            assert.deepEqual(shortLabels, [], "CPython version panels missing from the EPUB");
            const css = fs.readdirSync(path.join(dir, "EPUB/styles")).map((f) => fs.readFileSync(path.join(dir, "EPUB/styles", f), "utf8")).join("\n");
            assert.match(css, /(^|[\s,}])pre[^{]*\{[^}]*font-family:\s*monospace/m, "code is not in monospace");
            console.log(`epub (${edition}): ${texts.length} files, ${media.length} diagrams, ${(fs.statSync(epub).size / 1e6).toFixed(1)} MB`);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    test(`${edition}: every page's top bar offers this edition's PDF and EPUB`, async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        // Not toc.html (the sidebar's frame without JavaScript, no top bar), nor 404.html: mdBook
        // gives it <base href="/"> (site-url), so in the English edition every relative link of
        // it, these included, points into the Korean one.
        const pages = fs
            .readdirSync(path.join(site, prefix))
            .filter((f) => f.endsWith(".html") && f !== "404.html" && f !== "toc.html");
        const want = { pdf: new URL(prefix + FILE(edition, "pdf"), base).href, epub: new URL(prefix + FILE(edition, "epub"), base).href };
        for (const p of pages) {
            await page.goto(new URL(prefix + p, base).href, { waitUntil: "domcontentloaded" });
            const links = await page.evaluate(() =>
                [...document.querySelectorAll("#mdbook-menu-bar .book-downloads-list a")].map((a) => a.href)
            );
            assert.deepEqual(links, [want.pdf, want.epub], `${prefix}${p}: the download links`);
        }
        // The button shows the two links, Escape hides them; each link gives the file.
        await page.goto(new URL(prefix + "ch01-class-object.html", base).href);
        const list = page.locator("#book-downloads-list");
        assert.equal(await list.isVisible(), false);
        await page.locator("#book-downloads-toggle").click();
        assert.equal(await list.isVisible(), true);
        assert.equal(await page.locator("#book-downloads-toggle").getAttribute("aria-expanded"), "true");
        await page.keyboard.press("Escape");
        assert.equal(await list.isVisible(), false);
        for (const [ext, magic] of [["pdf", "%PDF-"], ["epub", "PK\u0003\u0004"]]) {
            const res = await page.request.get(want[ext]);
            assert.equal(res.status(), 200, want[ext]);
            const body = await res.body();
            assert.equal(body.subarray(0, magic.length).toString("latin1"), magic, `${want[ext]} is not a ${ext}`);
            assert.equal(body.length, fs.statSync(path.join(site, prefix, FILE(edition, ext))).size);
        }
        assert.deepEqual(errors, []);
        await context.close();
        console.log(`downloads (${edition}): the button on all ${pages.length} pages`);
    });
}
