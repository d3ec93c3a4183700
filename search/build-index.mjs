// Builds the search index of each built edition (run by scripts/build-site):
//
//   node search/build-index.mjs SITE_DIR [EDITION_DIR…]     (default: SITE_DIR and SITE_DIR/en)
//
// For each edition folder, reads the chapters in the order of its toc.html, cuts each page's
// <main> into sections at its h1–h3 headings, adds the chapter's vocabulary
// (search/vocabulary.toml) and writes EDITION/search/index.json (the terms and their scores:
// see buildIndex) and EDITION/search/text.json (the sections' prose, for the snippets). Pages and queries are cut into terms by the same code: the `text`
// part of theme/search.js.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parse } from "node-html-parser";
import { parse as parseToml } from "smol-toml";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const text = require(path.join(here, "../theme/search.js"));
const VOCABULARY = path.join(here, "vocabulary.toml");
const rel = (p) => path.relative(process.cwd(), p) || ".";

function fail(message) {
    console.error(`search/build-index.mjs: ${message}`);
    process.exit(1);
}

// --- the vocabulary ---------------------------------------------------------------------------
function readVocabulary() {
    let data;
    try {
        data = parseToml(fs.readFileSync(VOCABULARY, "utf8"));
    } catch (e) {
        fail(`${rel(VOCABULARY)}: ${e.message}`);
    }
    for (const [chapter, entry] of Object.entries(data)) {
        for (const [key, words] of Object.entries(entry)) {
            if (!["ko", "en", "names"].includes(key)) {
                fail(`${rel(VOCABULARY)} [${chapter}]: unknown key \`${key}\` (ko, en, names)`);
            }
            if (!Array.isArray(words) || words.some((w) => typeof w !== "string" || !w.trim())) {
                fail(`${rel(VOCABULARY)} [${chapter}] ${key}: a list of non-empty strings`);
            }
        }
    }
    return data;
}

// The words of a chapter for an edition: the Korean edition's readers type Korean, English and
// the names; the English edition's, English and the names.
function vocabularyFor(entry, edition) {
    const words = [...(edition === "en" ? [] : entry.ko || []), ...(entry.en || []), ...(entry.names || [])];
    return [...new Set(words.map((w) => w.trim()))];
}

// --- the pages --------------------------------------------------------------------------------
function chapters(dir) {
    const toc = parse(fs.readFileSync(path.join(dir, "toc.html"), "utf8"));
    const seen = new Set();
    const out = [];
    for (const a of toc.querySelectorAll("a[href]")) {
        const href = a.getAttribute("href");
        if (!href || href.includes("://") || href.startsWith("#") || !href.endsWith(".html")) continue;
        if (seen.has(href) || href === "toc.html" || href === "print.html") continue;
        if (!fs.existsSync(path.join(dir, href))) continue; // a draft in SUMMARY.md has no page
        seen.add(href);
        out.push({ href, id: href.replace(/\.html$/, ""), title: a.text.replace(/\s+/g, " ").trim() });
    }
    return out;
}

const SKIP = new Set(["script", "style", "button", "svg"]);

// Prose and code of one element, apart: a <pre> is a listing or its output.
function collect(node, into) {
    if (node.nodeType === 3) {
        into.body.push(node.text);
        return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    const cls = node.getAttribute("class") || "";
    if (/\bkatex-html\b/.test(cls)) return; // the same formula again, drawn for the eye
    if (tag === "pre") {
        into.code.push(node.text);
        return;
    }
    for (const child of node.childNodes) collect(child, into);
    if (/^(p|li|td|th|div|h\d|blockquote|tr)$/.test(tag)) into.body.push(" ");
}

const squeeze = (parts) => parts.join(" ").replace(/\s+/g, " ").trim();

function sections(dir, chapter, chapterNo) {
    const page = parse(fs.readFileSync(path.join(dir, chapter.href), "utf8"));
    const main = page.querySelector("main");
    if (!main) fail(`${rel(path.join(dir, chapter.href))}: no <main>`);
    const out = [];
    let cur = { heading: "", href: chapter.href, body: [], code: [] };
    const flush = () => {
        if (cur.heading || squeeze(cur.body) || squeeze(cur.code)) out.push(cur);
    };
    for (const el of main.childNodes) {
        // The chapter's own section runs from the top of the page (whatever stands before its
        // h1) to the first h2.
        if (el.nodeType === 1 && /^h[23]$/i.test(el.tagName)) {
            flush();
            const id = el.getAttribute("id") || "";
            cur = { heading: el.text.replace(/\s+/g, " ").trim(), href: chapter.href + (id ? "#" + id : ""), body: [], code: [] };
        } else if (el.nodeType === 1 && /^h1$/i.test(el.tagName)) {
            continue; // the chapter's title, indexed as the title of each of its sections
        } else {
            collect(el, cur);
        }
    }
    flush();
    return out.map((s) => ({ chapter: chapterNo, heading: s.heading, href: s.href, body: squeeze(s.body), code: squeeze(s.code) }));
}

// --- the index -------------------------------------------------------------------------------
// BM25 (k1 = 1.2, b = 0.75) per field, each field weighted by text.BOOST, summed over the fields
// and computed here, once: the browser only adds up the numbers of the query's terms. Written
// as the sorted list of terms and, for each, its sections and scores (×10, rounded) in one flat
// list [section, score, section, score…], sections as gaps from the previous one, written as
// text (text.encode in theme/search.js).
function buildIndex(docs) {
    const K1 = 1.2;
    const B = 0.75;
    const n = docs.length;
    const counts = docs.map((d) =>
        Object.fromEntries(
            text.FIELDS.map((f) => {
                const m = new Map();
                const terms = text.tokenize(d[f] || "", false, text.JOINED.has(f));
                for (const t of terms) m.set(t, (m.get(t) || 0) + 1);
                return [f, { m, len: terms.length }];
            })
        )
    );
    const avg = Object.fromEntries(text.FIELDS.map((f) => [f, counts.reduce((a, c) => a + c[f].len, 0) / n || 1]));
    const postings = new Map(); // term → Map(section → score)
    counts.forEach((c, id) => {
        for (const f of text.FIELDS) {
            const { m, len } = c[f];
            const norm = K1 * (1 - B + (B * len) / avg[f]);
            for (const [t, tf] of m) {
                let p = postings.get(t);
                if (!p) postings.set(t, (p = new Map()));
                p.set(id, (p.get(id) || 0) + (text.BOOST[f] * (tf * (K1 + 1))) / (tf + norm));
            }
        }
    });
    const terms = [...postings.keys()].sort();
    const lists = terms.map((t) => {
        const p = postings.get(t);
        const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
        const flat = [];
        let prev = 0;
        for (const id of [...p.keys()].sort((a, b) => a - b)) {
            flat.push(id - prev, Math.max(1, Math.round(10 * idf * p.get(id))));
            prev = id;
        }
        return text.encode(flat);
    });
    return { terms, postings: lists };
}

// --- one edition ------------------------------------------------------------------------------
function buildEdition(dir, vocabulary) {
    const edition = parse(fs.readFileSync(path.join(dir, "index.html"), "utf8")).querySelector("html")?.getAttribute("lang") || "ko";
    const chs = chapters(dir);
    if (!chs.length) fail(`${rel(dir)}/toc.html lists no chapter page`);
    const known = new Set(chs.map((c) => c.id));
    for (const id of Object.keys(vocabulary)) {
        if (!known.has(id)) {
            fail(`${rel(VOCABULARY)}: [${id}] is no chapter of the book (the table names are the chapter files without .md)`);
        }
    }
    const missing = chs.filter((c) => /^ch\d/.test(c.id) && !vocabulary[c.id]);
    if (missing.length) {
        fail(`${rel(VOCABULARY)}: no vocabulary for ${missing.map((c) => c.id).join(", ")}: add a [chNN-slug] table (ko, en, names)`);
    }
    const allSections = [];
    const chapterList = chs.map((c, i) => {
        for (const s of sections(dir, c, i)) allSections.push(s);
        return { title: c.title, vocabulary: vocabulary[c.id] ? vocabularyFor(vocabulary[c.id], edition) : [] };
    });
    const index = buildIndex(
        allSections.map((s) => ({
            title: chs[s.chapter].title,
            heading: s.heading,
            keywords: chapterList[s.chapter].vocabulary.join(" ; "),
            body: s.body,
            code: s.code,
        }))
    );
    const out = {
        edition,
        chapters: chapterList,
        // The code is indexed but not kept: the snippets quote prose, and their text is a file
        // of its own (text.json, the sections' prose in the same order): the ranking does not
        // wait for it, only the snippets do.
        sections: allSections.map(({ chapter, heading, href }) => ({ chapter, heading, href })),
        ...index,
    };
    fs.mkdirSync(path.join(dir, "search"), { recursive: true });
    const file = path.join(dir, "search/index.json");
    fs.writeFileSync(file, JSON.stringify(out));
    fs.writeFileSync(path.join(dir, "search/text.json"), JSON.stringify(allSections.map((s) => s.body)));
    return { dir, edition, chapters: chs.length, sections: allSections.length, terms: index.terms.length, bytes: fs.statSync(file).size };
}

const [site, ...editions] = process.argv.slice(2);
if (!site) fail("usage: node search/build-index.mjs SITE_DIR [EDITION_DIR…]");
const dirs = editions.length ? editions : [site, path.join(site, "en")].filter((d) => fs.existsSync(path.join(d, "toc.html")));
const vocabulary = readVocabulary();
for (const dir of dirs) {
    const r = buildEdition(dir, vocabulary);
    console.log(`search index (${r.edition}): ${r.chapters} pages, ${r.sections} sections, ${r.terms} terms, ${(r.bytes / 1024).toFixed(0)} KiB → ${rel(r.dir)}/search/index.json`);
}
