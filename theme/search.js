// Search that works in Korean (and English), replacing mdBook's built-in index, which drops
// Hangul entirely (mdBook 0.5.4: elasticlunr's English trimmer keeps no Hangul token).
//
// How it matches: Hangul text is indexed as overlapping two-syllable pieces (bigrams), so a query
// finds a word whatever particle is attached to it (클래스와, 클래스는 → 클래스) and whether a
// compound is spaced or not (전역변수 / 전역 변수); other words (ASCII: `__repr__`, `closure`)
// match as substrings. The index is built in the browser from the chapter pages listed in
// toc.html, the first time search is opened; it works under `mdbook serve` and on a static host.
// Results are built with DOM text nodes only: a query is never interpreted as HTML.
(function () {
    "use strict";
    const root = new URL((typeof path_to_root === "string" && path_to_root) || "./", window.location.href);
    const isEnglish = (document.documentElement.lang || "ko") === "en";
    const T = isEnglish
        ? { button: "Search", placeholder: "Search this book…", none: "No results", loading: "Indexing…" }
        : { button: "검색", placeholder: "책에서 검색…", none: "결과가 없습니다", loading: "색인을 만드는 중…" };
    const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]+/g;
    const WORD = /[a-z0-9_]+/g;

    const norm = (s) => s.normalize("NFC").toLowerCase();

    function bigrams(run, out) {
        if (run.length === 1) out.push(run);
        for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
        return out;
    }

    function terms(text) {
        const t = norm(text);
        const grams = [];
        for (const m of t.matchAll(HANGUL)) bigrams(m[0], grams);
        const words = t.match(WORD) || [];
        return { grams, words };
    }

    function count(list) {
        const m = new Map();
        for (const x of list) m.set(x, (m.get(x) || 0) + 1);
        return m;
    }

    // --- the index -----------------------------------------------------------------------------
    let indexPromise = null;

    async function chapterLinks() {
        const html = await (await fetch(new URL("toc.html", root))).text();
        const doc = new DOMParser().parseFromString(html, "text/html");
        const seen = new Set();
        const out = [];
        for (const a of doc.querySelectorAll("a[href]")) {
            const href = a.getAttribute("href");
            if (!href || href.includes("://") || href.startsWith("#") || !href.endsWith(".html")) continue;
            if (seen.has(href) || href === "toc.html" || href === "print.html") continue;
            seen.add(href);
            out.push({ href, title: a.textContent.replace(/\s+/g, " ").trim() });
        }
        return out;
    }

    async function buildIndex() {
        const chapters = await chapterLinks();
        const pages = await Promise.all(
            chapters.map(async (c) => {
                try {
                    const html = await (await fetch(new URL(c.href, root))).text();
                    return { c, doc: new DOMParser().parseFromString(html, "text/html") };
                } catch (e) {
                    return null;
                }
            })
        );
        const sections = [];
        for (const p of pages) {
            if (!p) continue;
            const main = p.doc.querySelector("main");
            if (!main) continue;
            let cur = { chapter: p.c.title, href: p.c.href, heading: "", text: [] };
            const flush = () => {
                if (cur.text.length || cur.heading) sections.push(cur);
            };
            for (const el of main.children) {
                if (/^H[1-3]$/.test(el.tagName)) {
                    flush();
                    const id = el.id || (el.querySelector("[id]") || {}).id || "";
                    cur = {
                        chapter: p.c.title,
                        href: p.c.href + (el.tagName === "H1" || !id ? "" : "#" + id),
                        heading: el.tagName === "H1" ? "" : el.textContent.trim(),
                        text: [],
                    };
                } else {
                    cur.text.push(el.textContent);
                }
            }
            flush();
        }
        const df = new Map();
        for (const s of sections) {
            s.body = s.text.join(" ").replace(/\s+/g, " ").trim();
            delete s.text;
            const t = terms(s.body + " " + s.heading + " " + s.chapter);
            s.grams = count(t.grams);
            s.words = count(t.words);
            const title = terms(s.heading + " " + s.chapter);
            s.titleGrams = new Set(title.grams);
            s.titleWords = title.words;
            for (const g of s.grams.keys()) df.set("g" + g, (df.get("g" + g) || 0) + 1);
        }
        return { sections, df, n: sections.length };
    }

    // --- scoring -------------------------------------------------------------------------------
    function search(index, query) {
        const q = norm(query);
        const runs = q.match(HANGUL) || [];
        // Bigrams of each run and of the runs joined: "전역 변수" also finds "전역변수".
        const qGrams = [...new Set([...runs.flatMap((r) => bigrams(r, [])), ...bigrams(runs.join(""), [])])];
        const qWords = [...new Set(q.match(WORD) || [])];
        if (!qGrams.length && !qWords.length) return [];
        const idf = (g) => Math.log(1 + index.n / (1 + (index.df.get("g" + g) || 0)));
        const wordDf = new Map();
        for (const w of qWords) {
            let d = 0;
            for (const s of index.sections) for (const sw of s.words.keys()) if (sw.includes(w)) { d++; break; }
            wordDf.set(w, d);
        }
        const widf = (w) => Math.log(1 + index.n / (1 + wordDf.get(w)));
        const total = qGrams.reduce((a, g) => a + idf(g), 0) + qWords.reduce((a, w) => a + widf(w), 0);
        const scored = [];
        for (const s of index.sections) {
            let score = 0;
            let matched = 0;
            for (const g of qGrams) {
                const tf = s.grams.get(g) || 0;
                if (tf) {
                    matched++;
                    score += idf(g) * (1 + Math.log(tf)) + (s.titleGrams.has(g) ? 2 * idf(g) : 0);
                }
            }
            for (const w of qWords) {
                let tf = 0;
                for (const [sw, c] of s.words) if (sw.includes(w)) tf += c;
                if (tf) {
                    matched++;
                    score += widf(w) * (1 + Math.log(tf)) + (s.titleWords.some((t) => t.includes(w)) ? 2 * widf(w) : 0);
                }
            }
            if (!matched) continue;
            const coverage = matched / (qGrams.length + qWords.length);
            scored.push({ s, score: (score / total) * coverage * coverage });
        }
        // One result per chapter: its best section.
        scored.sort((a, b) => b.score - a.score);
        const best = new Map();
        for (const r of scored) if (!best.has(r.s.chapter)) best.set(r.s.chapter, r);
        return [...best.values()].slice(0, 10).map((r) => ({
            ...r,
            title: r.s.heading ? r.s.chapter + " › " + r.s.heading : r.s.chapter,
            needles: [...qWords, ...runs.flatMap((x) => (x.length > 1 ? bigrams(x, []) : [x]))],
        }));
    }

    // A piece of the section around the first match, matches wrapped in <mark> (as DOM nodes).
    function snippet(body, needles) {
        const lower = norm(body);
        let at = -1;
        for (const n of needles) {
            const i = lower.indexOf(n);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        const start = Math.max(0, at - 40);
        const text = body.slice(start, start + 160);
        const ltext = norm(text);
        // Every occurrence of every needle, merged where they overlap (클래 + 래스 → 클래스).
        const spans = [];
        for (const n of needles) {
            if (!n) continue;
            for (let i = ltext.indexOf(n); i >= 0; i = ltext.indexOf(n, i + 1)) spans.push([i, i + n.length]);
        }
        spans.sort((a, b) => a[0] - b[0]);
        const merged = [];
        for (const sp of spans) {
            const last = merged[merged.length - 1];
            if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
            else merged.push([...sp]);
        }
        const frag = document.createDocumentFragment();
        if (start > 0) frag.appendChild(document.createTextNode("…"));
        let pos = 0;
        for (const [a, b] of merged) {
            frag.appendChild(document.createTextNode(text.slice(pos, a)));
            const m = document.createElement("mark");
            m.textContent = text.slice(a, b);
            frag.appendChild(m);
            pos = b;
        }
        frag.appendChild(document.createTextNode(text.slice(pos)));
        if (body.length > start + 160) frag.appendChild(document.createTextNode("…"));
        return frag;
    }

    // --- the UI --------------------------------------------------------------------------------
    const panel = document.createElement("div");
    panel.id = "book-search";
    panel.hidden = true;
    panel.setAttribute("role", "search");
    const input = document.createElement("input");
    input.type = "search";
    input.id = "book-search-input";
    input.placeholder = T.placeholder;
    input.setAttribute("aria-label", T.placeholder);
    input.autocomplete = "off";
    const status = document.createElement("p");
    status.id = "book-search-status";
    status.setAttribute("aria-live", "polite");
    const list = document.createElement("ul");
    list.id = "book-search-results";
    panel.append(input, status, list);

    const button = document.createElement("button");
    button.id = "book-search-toggle";
    button.className = "icon-button";
    button.type = "button";
    button.title = T.button + " (/)";
    button.setAttribute("aria-label", T.button);
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "book-search");
    button.setAttribute("aria-keyshortcuts", "/ s");
    button.innerHTML =
        '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2"/><line x1="15" y1="15" x2="21" y2="21" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>';

    function mount() {
        const left = document.querySelector("#mdbook-menu-bar .left-buttons");
        if (left) left.appendChild(button);
        const bar = document.getElementById("mdbook-menu-bar");
        if (bar && bar.parentNode) bar.parentNode.insertBefore(panel, bar.nextSibling);
        else document.body.prepend(panel);
    }

    async function run() {
        const q = input.value.trim();
        list.replaceChildren();
        if (!q) {
            status.textContent = "";
            return;
        }
        if (!indexPromise) {
            status.textContent = T.loading;
            indexPromise = buildIndex();
        }
        const index = await indexPromise;
        if (input.value.trim() !== q) return; // a newer query is on its way
        const results = search(index, q);
        status.textContent = results.length ? "" : T.none;
        for (const r of results) {
            const li = document.createElement("li");
            const a = document.createElement("a");
            a.href = new URL(r.s.href, root).href;
            a.className = "book-search-title";
            a.textContent = r.title;
            const p = document.createElement("p");
            p.className = "book-search-snippet";
            p.appendChild(snippet(r.s.body, r.needles));
            li.append(a, p);
            list.appendChild(li);
        }
    }

    function open() {
        panel.hidden = false;
        button.setAttribute("aria-expanded", "true");
        input.focus();
        input.select();
        if (!indexPromise) indexPromise = buildIndex();
    }

    function close() {
        panel.hidden = true;
        button.setAttribute("aria-expanded", "false");
    }

    let timer = null;
    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(run, 120);
    });
    input.addEventListener("keydown", (e) => {
        if (e.key === "Escape") close();
        if (e.key === "Enter") {
            const first = list.querySelector("a");
            if (first) window.location.href = first.href;
        }
    });
    button.addEventListener("click", () => (panel.hidden ? open() : close()));
    document.addEventListener("keydown", (e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
        if (e.key === "/" || e.key === "s" || e.key === "S") {
            e.preventDefault();
            open();
        }
    });

    // For tests and for the curious: window.bookSearch("클래스") → [{title, href}]
    window.bookSearch = async (q) => {
        if (!indexPromise) indexPromise = buildIndex();
        return search(await indexPromise, q).map((r) => ({ title: r.title, href: r.s.href }));
    };

    mount();
})();
