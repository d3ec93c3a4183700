// The EPUB 3 of one edition, made by Debian's pandoc from the book's print page.
//
//   node scripts/downloads/epub.mjs PRINT_SITE_DIR ko|en OUT.epub      (scripts/build-downloads)
//
// PRINT_SITE_DIR is an HTML build of the edition with mdbook-katex writing MathML
// (scripts/build-downloads makes it): mdBook's print page already has every chapter in order, the
// includes expanded, the English translation applied, heading ids unique across the whole book
// and every cross-reference turned into a link to such an id, which is what pandoc 2.17 (Debian
// 12) needs to split the book into chapters with working links. The page is read in headless
// Chromium with scripts off; the chapters (<main>) are simplified to plain HTML — code as text
// with its language (hidden lines dropped, as on the site), math as MathML, both programs
// of a Python ⇄ Rust pair one after the other and named — and pandoc writes the EPUB: one file per
// chapter, the navigation document, the SVG diagrams, MathML, metadata from book.toml and git.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bookInfo, loadChromium } from "./common.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const [siteArg, edition, outArg] = process.argv.slice(2);
if (!siteArg || !["ko", "en"].includes(edition) || !outArg) {
    console.error("usage: node scripts/downloads/epub.mjs PRINT_SITE_DIR ko|en OUT.epub");
    process.exit(2);
}
const site = path.resolve(siteArg);
const out = path.resolve(outArg);
const printPage = path.join(site, "print.html");
if (!fs.existsSync(printPage)) {
    console.error(`epub: no ${printPage}: scripts/build-downloads builds it`);
    process.exit(1);
}
const started = Date.now();
const info = bookInfo(edition);
const chromium = await loadChromium("epub");

const browser = await chromium.launch({
    executablePath: info.chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
let source;
try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(printPage).href, { waitUntil: "domcontentloaded" });
    source = await page.evaluate(simplify);
} finally {
    await browser.close();
}
if (source.error) {
    console.error(`epub (${edition}): ${source.error}`);
    process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), `book-epub-${edition}-`));
try {
    const input = path.join(work, "book.html");
    fs.writeFileSync(
        input,
        `<!DOCTYPE html>\n<html lang="${edition}"><head><meta charset="utf-8"><title></title></head>` +
            `<body>\n${source.html}\n</body></html>\n`
    );
    // A stable identifier per edition: the same book keeps its place in a reader's library.
    const hash = crypto.createHash("sha1").update(`intermediate-python-in-rust/${edition}`).digest("hex");
    const uuid = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
    const meta = {
        title: info.title,
        subtitle: `${info.text.edition} · ${info.text.builtPlain}`,
        author: info.author,
        lang: edition,
        identifier: `urn:uuid:${uuid}`,
        date: info.date,
        description: info.description,
    };
    const args = [
        input,
        "--from=html",
        "--to=epub3",
        `--output=${out}`,
        "--mathml",
        "--toc",
        "--toc-depth=2",
        "--epub-chapter-level=1",
        `--css=${path.join(here, "epub.css")}`,
        `--resource-path=${site}`,
        `--data-dir=${path.join(here, "pandoc")}`,
    ];
    for (const [k, v] of Object.entries(meta)) if (v) args.push(`--metadata=${k}:${v}`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    if (process.env.EPUB_KEEP_SOURCE) fs.copyFileSync(input, process.env.EPUB_KEEP_SOURCE);
    const r = spawnSync("pandoc", args, { cwd: work, encoding: "utf8" });
    if (r.error) {
        console.error(`epub: pandoc did not run (${r.error.message}): apt-get install pandoc`);
        process.exit(1);
    }
    if (r.status !== 0 || r.stderr.trim()) {
        console.error(`epub (${edition}): pandoc ${r.status !== 0 ? "failed" : "warned"}:\n${r.stderr}`);
        process.exit(1);
    }
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
console.log(
    `epub (${edition}): ${path.relative(process.cwd(), out)}: ${source.chapters} chapters, ` +
        `${source.math} formulas, ${source.images} images, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s)`
);

/** In the page (scripts off): the chapters as plain HTML for pandoc. */
function simplify() {
    const main = document.querySelector("main");
    if (!main) return { error: "the print page has no <main>" };
    const doc = main.cloneNode(true);
    const el = (tag, attrs = {}, text) => {
        const e = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
        if (text !== undefined) e.textContent = text;
        return e;
    };
    // mdBook's page breaks between chapters, and its self-links in headings
    doc.querySelectorAll("div[style*='break-before']").forEach((d) => d.remove());
    doc.querySelectorAll(":is(h1,h2,h3,h4,h5,h6) > a.header").forEach((a) => a.replaceWith(...a.childNodes));
    // Math: KaTeX's MathML (pandoc reads <math>, and writes MathML again).
    let math = 0;
    for (const k of doc.querySelectorAll(".katex-display, .katex")) {
        if (!doc.contains(k)) continue; // inside a display formula already replaced
        const m = k.querySelector("math");
        if (!m) return { error: "a formula without MathML: build the page with mdbook-katex output = mathml" };
        if (k.classList.contains("katex-display")) m.setAttribute("display", "block");
        k.replaceWith(m);
        math++;
    }
    // Code: the text the reader sees (mdBook hides the lines of a Rust listing outside its
    // anchor), with its language for pandoc's highlighting.
    for (const pre of doc.querySelectorAll("pre")) {
        const code = pre.querySelector("code") || pre;
        code.querySelectorAll(".boring, .buttons").forEach((b) => b.remove());
        const lang = [...code.classList].find((c) => c.startsWith("language-"))?.slice(9);
        const fresh = el("pre", lang && lang !== "text" ? { class: lang } : {});
        fresh.append(el("code", {}, code.textContent.replace(/\n$/, "")));
        pre.replaceWith(fresh);
    }
    // mdBook's zoomable images: a checkbox and a second copy of the image; keep the image.
    for (const label of doc.querySelectorAll("label.checkbox-label")) {
        const img = label.querySelector("img");
        if (img) label.replaceWith(img);
    }
    // Python ⇄ Rust pairs: both programs, each named.
    const LABEL = { python: "Python", rust: "Rust" };
    for (const tab of doc.querySelectorAll(".code-tabs > .code-tab")) {
        const label = el("div", { class: "code-label" });
        label.append(el("p", {}, LABEL[tab.dataset.lang] || tab.dataset.lang));
        tab.replaceWith(label, ...tab.childNodes);
    }
    doc.querySelectorAll(".code-tabs").forEach((d) => d.replaceWith(...d.childNodes));
    const chapters = doc.querySelectorAll("h1").length;
    const images = doc.querySelectorAll("img").length;
    return { html: doc.innerHTML, chapters, math, images };
}
