// The book's search, in Korean and English (mdBook's built-in index drops Hangul entirely:
// mdBook 0.5.4's elasticlunr keeps no Hangul token).
//
// How it matches: Hangul is cut into overlapping two-syllable pieces (bigrams) after the spaces
// between Hangul words are dropped, so a query finds a word whatever particle is attached
// (클래스와, 클래스는 → 클래스) and however a compound is spaced (가비지 컬렉션 = 가비지컬렉션).
// Other words match whole, by prefix and by their parts (`__repr__` is also `repr`, `JoinHandle`
// also `join` and `handle`), long English words also with a typo.
//
// How it ranks: BM25 over the fields of each section (chapter title, the chapter's vocabulary
// and the section's heading weigh like headings, prose once, code least), computed once per
// edition by scripts/build-site (search/build-index.mjs loads the `text` part of this file, so
// pages and queries are cut the same way) and written to EDITION/search/index.json, with the
// sections' prose for the snippets in EDITION/search/text.json; the first query fetches the
// index, ranks as soon as it is read, then fetches the prose (the snippets follow), and every
// query only adds up numbers. Each chapter's vocabulary
// (search/vocabulary.toml: the words a reader may type for it) is shown under a hit it brought
// ("관련 용어: 반복자", "also: iterator").
// Results are built with DOM text nodes only: a query is never interpreted as HTML.
(function () {
    "use strict";

    // --- text: shared with search/build-index.mjs -------------------------------------------
    const HANGUL_RUN = /[\uAC00-\uD7A3\u3131-\u318E]+(?:\s+[\uAC00-\uD7A3\u3131-\u318E]+)*/g;
    const WORD = /[A-Za-z0-9_]+/g;
    // Words too common to tell one chapter from another (queries only; the index keeps them,
    // since `with`, `from`, `in` are Python).
    const STOP = new Set(["a", "an", "the", "of", "to", "vs", "versus", "how", "what", "why", "do", "does", "i", "my"]);
    const MAX_QUERY = 100; // characters; a longer query is cut (a pasted paragraph, 500 characters…)

    const normalize = (s) => String(s).normalize("NFC");

    // Plural and simple inflection folding for English words, the same for pages and queries.
    function fold(w) {
        if (w.length > 4 && /^[a-z]+$/.test(w)) {
            if (w.endsWith("ies")) return w.slice(0, -3) + "y";
            if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
        }
        return w;
    }

    /**
     * The terms of a text. `query`: a query's terms (no parts of words, no stop words).
     * `join`: also the bigrams across the spaces between Hangul words (가비지 컬렉션 → 지컬), for
     * queries and for the short fields; the prose has only the bigrams within its words (the
     * others would double the index), and a query's bigram that no page has does not count.
     */
    function tokenize(text, query, join = query) {
        const t = normalize(text);
        const out = [];
        for (const m of t.matchAll(HANGUL_RUN)) {
            for (const run of join ? [m[0].replace(/\s+/g, "")] : m[0].split(/\s+/)) {
                if (run.length === 1) {
                    out.push(run);
                    continue;
                }
                for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
                // The last syllable alone, so that a one-syllable query (락, 큐) finds a word
                // that ends with it (데드락); the others it finds by prefix.
                if (!query) out.push(run[run.length - 1]);
            }
        }
        for (const m of t.matchAll(WORD)) {
            const w = m[0];
            const lw = w.toLowerCase();
            if (query) {
                if (lw.length > 1 && !STOP.has(lw)) out.push(fold(lw));
                continue;
            }
            out.push(fold(lw));
            // __repr__ → repr; JoinHandle → join, handle; from_fn → from, fn
            const parts = w
                .split("_")
                .flatMap((p) => p.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
                .filter((p) => p.length > 1)
                .map((p) => fold(p.toLowerCase()));
            if (parts.length > 1 || (parts.length === 1 && parts[0] !== fold(lw))) out.push(...parts);
        }
        return out;
    }

    const isHangul = (term) => /^[\uAC00-\uD7A3\u3131-\u318E]/.test(term);

    // The fields of a section and how much a match in each weighs: the chapter's title, its
    // vocabulary and the section's heading count like headings, prose once, code and outputs
    // least (a name in a listing is often a passing mention).
    const FIELDS = ["title", "heading", "keywords", "body", "code"];
    const JOINED = new Set(["title", "heading", "keywords"]);
    const BOOST = { title: 4, heading: 3, keywords: 3, body: 1, code: 0.5 };
    // A query's term also finds longer terms it begins (iter → iterator; a one-syllable Hangul
    // query, 락, the bigrams it begins: 락을, 락과), and a long English word its typos; such
    // matches count less than the term itself.
    const PREFIX = 0.4;
    const FUZZY = 0.3;
    const prefixOf = (term) => (isHangul(term) ? term.length === 1 : term.length >= 3);
    const fuzzyOf = (term) => (!isHangul(term) && term.length >= 6 ? Math.floor(term.length / 5) : 0);

    // The numbers of the index (section gaps and scores) are written as text, five bits a
    // character, least significant first: a digit of DIGITS ends a number, one of MORE goes on.
    const DIGITS = "0123456789abcdefghijklmnopqrstuv";
    const MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";
    function encode(numbers) {
        let out = "";
        for (let n of numbers) {
            while (n >= 32) {
                out += MORE[n & 31];
                n >>>= 5;
            }
            out += DIGITS[n];
        }
        return out;
    }
    const VALUE = new Map([...DIGITS].map((c, i) => [c, [i, false]]).concat([...MORE].map((c, i) => [c, [i, true]])));
    function decode(str) {
        const out = [];
        let n = 0;
        let shift = 0;
        for (const c of str) {
            const [v, more] = VALUE.get(c);
            n += v * 2 ** shift;
            if (more) shift += 5;
            else {
                out.push(n);
                n = 0;
                shift = 0;
            }
        }
        return out;
    }

    const text = { tokenize, normalize, encode, decode, FIELDS, JOINED, BOOST, MAX_QUERY };
    if (typeof window === "undefined") {
        module.exports = text; // search/build-index.mjs
        return;
    }

    // --- the index ----------------------------------------------------------------------------
    const root = new URL((typeof path_to_root === "string" && path_to_root) || "./", window.location.href);
    const isEnglish = (document.documentElement.lang || "ko") === "en";
    const T = isEnglish
        ? {
              button: "Search",
              placeholder: "Search this book…",
              none: "No results",
              loading: "Loading the index…",
              also: "also: ",
              broken: "The search index could not be loaded (scripts/build-site writes it).",
          }
        : {
              button: "검색",
              placeholder: "책에서 검색…",
              none: "결과가 없습니다",
              loading: "색인을 읽는 중…",
              also: "관련 용어: ",
              broken: "검색 색인을 읽지 못했습니다(scripts/build-site가 만듭니다).",
          };

    // A JSON file of the edition's search/ folder, fetched once: `load()` starts it (or joins it),
    // and after a failure the next call tries again. `started()`: whether a fetch is on its way
    // or done.
    function jsonFile(name, use) {
        let promise = null;
        return {
            started: () => promise !== null,
            load() {
                if (!promise) {
                    promise = fetch(new URL(`search/${name}`, root))
                        .then((r) => {
                            if (!r.ok) throw new Error(`search/${name}: HTTP ${r.status}`);
                            return r.json();
                        })
                        .then(use);
                    promise.catch(() => {
                        promise = null; // try again on the next query
                    });
                }
                return promise;
            },
        };
    }

    // The sections' prose, for the snippets only: fetched once the index is read, waited for by
    // nothing but the snippets (results show at once; their snippets follow).
    let prose = null;
    const proseFile = jsonFile("text.json", (t) => (prose = t));
    const loadProse = proseFile.load;

    const indexFile = jsonFile("index.json", (data) => {
        // The sections of each term, with their scores, unpacked on first use.
        data.cache = new Map();
        // the snippets' prose next: after the index, so as not to slow it down
        loadProse().catch(() => {});
        return data;
    });
    const loadIndex = indexFile.load;

    // The first position in the sorted terms at which `term` is or would be.
    function lowerBound(terms, term) {
        let lo = 0;
        let hi = terms.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (terms[mid] < term) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    function postings(index, i) {
        let p = index.cache.get(i);
        if (!p) {
            p = new Map();
            const flat = decode(index.postings[i]);
            let id = 0;
            for (let k = 0; k < flat.length; k += 2) {
                id += flat[k];
                p.set(id, flat[k + 1]);
            }
            index.cache.set(i, p);
        }
        return p;
    }

    // Edit distance of a and b if it is at most max, else max + 1.
    function distance(a, b, max) {
        if (Math.abs(a.length - b.length) > max) return max + 1;
        let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
        for (let i = 1; i <= a.length; i++) {
            const cur = [i];
            let low = i;
            for (let j = 1; j <= b.length; j++) {
                cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
                low = Math.min(low, cur[j]);
            }
            if (low > max) return max + 1;
            prev = cur;
        }
        return prev[b.length];
    }

    // The index terms a query term matches, with the weight of each kind of match.
    function expand(index, term) {
        const terms = index.terms;
        const out = [];
        let i = lowerBound(terms, term);
        if (terms[i] === term) out.push([i, 1]);
        if (prefixOf(term)) {
            for (let j = terms[i] === term ? i + 1 : i; j < terms.length && terms[j].startsWith(term); j++) out.push([j, PREFIX]);
        }
        const max = fuzzyOf(term);
        if (max && !out.length) {
            for (let j = 0; j < terms.length; j++) {
                if (!isHangul(terms[j]) && distance(term, terms[j], max) <= max) out.push([j, FUZZY]);
            }
        }
        return out;
    }

    function search(index, query) {
        const q = normalize(query).slice(0, MAX_QUERY).trim();
        // The query's terms that some page has (쓰레드: 레드 counts, 쓰레 does not).
        const found = [...new Set(tokenize(q, true))].map((t) => [t, expand(index, t)]).filter(([, e]) => e.length);
        const qTerms = found.map(([t]) => t);
        if (!qTerms.length) return [];
        // Per section: the sum over the query's terms of the best match of each, and how many
        // of the query's terms it matched. A section that has more of them wins over one that
        // has a few of them often: the sum is scaled by matched² / terms.
        const score = new Map();
        const matched = new Map();
        const words = new Map(); // section → the index terms it matched (for the highlight)
        for (const [, expansion] of found) {
            const best = new Map();
            for (const [i, w] of expansion) {
                for (const [id, s] of postings(index, i)) {
                    if (!best.has(id) || best.get(id) < s * w) best.set(id, s * w);
                    if (w < 1) {
                        if (!words.has(id)) words.set(id, new Set());
                        words.get(id).add(index.terms[i]);
                    }
                }
            }
            for (const [id, s] of best) {
                score.set(id, (score.get(id) || 0) + s);
                matched.set(id, (matched.get(id) || 0) + 1);
            }
        }
        // One result per chapter: its best section.
        const best = new Map();
        for (const [id, s] of score) {
            const m = matched.get(id);
            const total = (s * m * m) / qTerms.length;
            const chapter = index.sections[id].chapter;
            const prev = best.get(chapter);
            if (!prev || total > prev.total) best.set(chapter, { id, total });
        }
        return [...best.values()]
            .sort((a, b) => b.total - a.total || a.id - b.id)
            .slice(0, 10)
            .map(({ id }) => {
                const s = index.sections[id];
                const chapter = index.chapters[s.chapter];
                return {
                    title: s.heading ? chapter.title + " › " + s.heading : chapter.title,
                    href: s.href,
                    id,
                    also: vocabularyHits(chapter, qTerms),
                    needles: needles(q, words.get(id) || []),
                };
            });
    }

    // The vocabulary entries of a chapter that the query is made of (shown as "also: …").
    function vocabularyHits(chapter, qTerms) {
        if (!qTerms.length) return [];
        const q = new Set(qTerms);
        const out = [];
        for (const entry of chapter.vocabulary) {
            const terms = new Set(tokenize(entry, false, true));
            let n = 0;
            for (const t of q) if (terms.has(t)) n++;
            if (n / q.size >= 0.75 && !normalize(chapter.title).includes(entry)) out.push(entry);
        }
        return out.slice(0, 3);
    }

    // What to highlight: the query's words and Hangul runs (as bigrams), and the words of the
    // page the query matched by prefix or typo.
    function needles(q, matched) {
        const lower = q.toLowerCase();
        const out = new Set((lower.match(/[a-z0-9_]{2,}/g) || []).filter((w) => !STOP.has(w)));
        for (const m of lower.matchAll(HANGUL_RUN)) {
            for (const run of m[0].split(/\s+/)) {
                if (run.length === 1) out.add(run);
                for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
            }
        }
        for (const t of matched) if (!isHangul(t) && t.length > 2) out.add(t);
        return [...out];
    }

    // A piece of the section around the first match, matches wrapped in <mark> (as DOM nodes).
    function snippet(body, needles) {
        const lower = body.toLowerCase();
        let at = -1;
        for (const n of needles) {
            const i = lower.indexOf(n);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        const start = Math.max(0, at - 40);
        const text = body.slice(start, start + 160);
        const ltext = text.toLowerCase();
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

    // --- the UI -------------------------------------------------------------------------------
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
    input.spellcheck = false;
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

    function show(results) {
        list.replaceChildren();
        status.textContent = results.length ? "" : T.none;
        for (const r of results) {
            const li = document.createElement("li");
            const a = document.createElement("a");
            a.href = new URL(r.href, root).href;
            a.className = "book-search-title";
            a.textContent = r.title;
            li.appendChild(a);
            if (r.also.length) {
                const also = document.createElement("p");
                also.className = "book-search-also";
                also.textContent = T.also + r.also.join(", ");
                li.appendChild(also);
            }
            if (prose) {
                const p = document.createElement("p");
                p.className = "book-search-snippet";
                p.appendChild(snippet(prose[r.id], r.needles));
                li.appendChild(p);
            }
            list.appendChild(li);
        }
    }

    let generation = 0;
    async function run() {
        const mine = ++generation;
        const q = input.value.trim();
        if (!q) {
            list.replaceChildren();
            status.textContent = "";
            return;
        }
        let index;
        try {
            if (!indexFile.started()) status.textContent = T.loading;
            index = await loadIndex();
        } catch (e) {
            if (mine === generation) {
                list.replaceChildren();
                status.textContent = T.broken;
            }
            return;
        }
        if (mine !== generation) return; // a newer query is on its way
        const results = search(index, q);
        show(results);
        if (!prose) {
            loadProse()
                .then(() => {
                    if (mine === generation) show(results); // now with the snippets
                })
                .catch(() => {});
        }
    }

    function open() {
        panel.hidden = false;
        button.setAttribute("aria-expanded", "true");
        input.focus();
        input.select();
        loadIndex().catch(() => {});
    }

    function close() {
        panel.hidden = true;
        button.setAttribute("aria-expanded", "false");
    }

    input.addEventListener("input", run);
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

    // What the search box shows, for tests and for the curious:
    // await window.bookSearch("클래스") → [{title, href, also}]
    window.bookSearch = async (q) =>
        search(await loadIndex(), q).map((r) => ({ title: r.title, href: r.href, also: r.also }));

    mount();
})();
