// The EPUB 3 of an edition, written by Debian's pandoc from the book's print page.
//
// The print page comes from an HTML build of the edition whose math is MathML (book.mjs makes it
// beside the site): mdBook's print page already has every chapter in order, the includes
// expanded, the English translation applied, heading ids unique across the whole book and every
// cross-reference turned into a link to such an id — what pandoc 2.17 (Debian 12) needs to split
// the book into one file per chapter with working links. (mdbook-pandoc, the other route, hands
// pandoc one file per chapter and relies on pandoc 3's --file-scope to make their ids unique;
// with Debian's pandoc 2.17 every chapter's "러스트에서 달라지는 점" became chapter 1's, and
// links to a chapter without an anchor were left pointing at .md files: epubcheck errors.)
//
// The page is parsed (DOMParser: its scripts do not run) and its <main> simplified to plain HTML:
// code as text with its language (the lines mdBook hides stay hidden), math as KaTeX's MathML,
// both programs of a Python ⇄ Rust pair one after the other and named, one copy of each image.
// pandoc writes the chapters, the navigation document, the SVG diagrams, MathML and the metadata.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** In the page: fetch the MathML print page at `url`, return its chapters as plain HTML. */
export async function simplifyPrintPage(url) {
    const raw = await (await fetch(url)).text();
    const page = new DOMParser().parseFromString(raw, "text/html");
    const doc = page.querySelector("main");
    if (!doc) return { error: `${url} has no <main>` };
    const el = (tag, attrs = {}, text) => {
        const e = page.createElement(tag);
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
        if (!m) return { error: "a formula without MathML: the page must be built with mdbook-katex output = mathml" };
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
    return {
        html: doc.innerHTML,
        chapters: doc.querySelectorAll("h1").length,
        math,
        images: doc.querySelectorAll("img").length,
    };
}

/** pandoc, from the simplified chapters to `out`; resolves with what the log says. */
export async function writeEpub({ source, info, resources, out }) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), `book-epub-${info.edition}-`));
    try {
        const input = path.join(work, "book.html");
        fs.writeFileSync(
            input,
            `<!DOCTYPE html>\n<html lang="${info.edition}"><head><meta charset="utf-8"><title></title></head>` +
                `<body>\n${source.html}\n</body></html>\n`
        );
        // A stable identifier per edition: the same book keeps its place in a reader's library.
        const h = crypto.createHash("sha1").update(`intermediate-python-in-rust/${info.edition}`).digest("hex");
        const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
        const meta = {
            title: info.title,
            subtitle: `${info.text.edition} · ${info.text.builtPlain}`,
            author: info.author,
            lang: info.edition,
            identifier: `urn:uuid:${uuid}`,
            date: info.date,
            description: info.description,
        };
        const args = [
            // GHC's runtime: a 256 MB allocation area instead of 4 MB spends less time collecting
            // garbage (measured here: reading 10.7 → 8.1 s, writing 26.4 → 22.5 s per edition)
            "+RTS",
            "-A256m",
            "-RTS",
            input,
            "--from=html",
            "--to=epub3",
            `--output=${out}`,
            "--mathml",
            "--toc",
            "--toc-depth=2",
            "--epub-chapter-level=1",
            `--css=${path.join(here, "epub.css")}`,
            `--resource-path=${resources}`,
            // translations/ko.yaml: Debian 12's does not parse
            `--data-dir=${path.join(here, "pandoc")}`,
        ];
        for (const [k, v] of Object.entries(meta)) if (v) args.push(`--metadata=${k}:${v}`);
        fs.mkdirSync(path.dirname(out), { recursive: true });
        const t0 = Date.now();
        const { code, stderr } = await new Promise((resolve, reject) => {
            const p = spawn("pandoc", args, { cwd: work, stdio: ["ignore", "ignore", "pipe"] });
            let err = "";
            p.stderr.on("data", (d) => (err += d));
            p.on("error", (e) => reject(new Error(`pandoc did not run (${e.message}): apt-get install pandoc`)));
            p.on("close", (c) => resolve({ code: c, stderr: err }));
        });
        if (code !== 0 || stderr.trim()) {
            throw new Error(`pandoc ${code !== 0 ? `failed (exit ${code})` : "warned"}:\n${stderr}`);
        }
        return (
            `${source.chapters} chapters, ${source.math} formulas, ${source.images} images, ` +
            `${(fs.statSync(out).size / 1e6).toFixed(1)} MB (pandoc ${((Date.now() - t0) / 1000).toFixed(1)} s)`
        );
    } finally {
        fs.rmSync(work, { recursive: true, force: true });
    }
}
