// The PDF of an edition: the site's print page, open in headless Chromium (scripts/downloads/
// book.mjs loads it with the print media, so every @media print rule of the site applies: both
// programs of a Python ⇄ Rust pair, every version of an output), printed with pdf.css: A4 pages,
// margins, page numbers, a cover (title, edition, the commit and date it was built from) and a
// table of contents. The pages are laid out twice: once to read on which page every heading
// falls (the named destinations Chromium writes; only the headings are painted), once with those
// numbers in the table of contents. The bookmark outline (parts, chapters, sections), the
// language and the document information are appended by pdf-file.mjs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { amendPdf, readPdf } from "./pdf-file.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Print the loaded print page of `info.edition` to `out`; returns what the log says. */
export async function printPdf({ page, browser, info, out }) {
    await page.addStyleTag({ content: fs.readFileSync(path.join(here, "pdf.css"), "utf8") });
    const plan = await page.evaluate(frontMatter, {
        title: info.title,
        otherTitle: info.text.otherTitle,
        subtitle: info.text.subtitle,
        edition: info.text.edition,
        built: info.text.builtPlain,
        contents: info.text.contents,
        chapterLabel: info.text.chapterLabel,
    });
    if (plan.error) throw new Error(plan.error);
    await page.evaluate(async () => {
        void document.body.offsetHeight;
        await document.fonts.ready;
    });
    const t0 = Date.now();

    // Pass 1: lay out the pages, paint only the headings, read their page numbers.
    await page.evaluate(() => document.documentElement.classList.add("pdf-measure"));
    const measured = readPdf(await page.pdf({ preferCSSPageSize: true }));
    const missing = plan.ids.filter((id) => !measured.dests.has(id));
    if (missing.length) throw new Error(`no page found for the headings ${missing.join(", ")}`);
    const pages = Object.fromEntries(plan.ids.map((id) => [id, measured.dests.get(id).page]));
    await page.evaluate(fillPageNumbers, pages);
    await page.evaluate(() => document.documentElement.classList.remove("pdf-measure"));
    const t1 = Date.now();

    // Pass 2: the book. The table of contents had placeholders of the same width, so nothing moves.
    const pdf = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const moved = plan.ids.filter((id) => pdf.dests.get(id)?.page !== pages[id]);
    if (moved.length) {
        throw new Error(
            `headings moved between the two layouts (${moved.slice(0, 5).join(", ")}…): ` +
                "pdf.css must keep the table of contents the same size with and without its numbers"
        );
    }
    const toOutline = (items) =>
        items.map((it) => ({
            title: it.title,
            dest: it.id ? pdf.dests.get(it.id).dest : `[${pdf.pages[it.page - 1]} 0 R /Fit]`,
            open: !!it.open,
            children: toOutline(it.children || []),
        }));
    const bytes = amendPdf(pdf, {
        outline: toOutline(plan.outline),
        lang: info.edition,
        info: {
            Title: info.title,
            Author: info.author,
            Subject: info.description,
            Creator: `mdBook, printed by Chromium ${browser.version()} (scripts/downloads/pdf.mjs)`,
            Producer: "Skia/PDF",
            CreationDate: info.commitDate || undefined,
            ModDate: info.commitDate || undefined,
        },
    });
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, bytes);
    const secs = (ms) => (ms / 1000).toFixed(1);
    return (
        `${pdf.pages.length} pages, ${(bytes.length / 1e6).toFixed(1)} MB, ${plan.chapters} chapters, ` +
        `${plan.ids.length} headings (${secs(t1 - t0)} s measuring, ${secs(Date.now() - t1)} s printing)`
    );
}

/** In the page: put the cover and the table of contents before the first chapter. */
function frontMatter(text) {
    const main = document.querySelector("main");
    const h1s = [...main.querySelectorAll("h1")];
    const title = text.title;
    const el = (tag, cls, html) => {
        const e = document.createElement(tag);
        if (cls) e.className = cls;
        if (html !== undefined) e.innerHTML = html;
        return e;
    };
    const textOf = (h) => {
        const c = h.cloneNode(true);
        c.querySelectorAll(".katex-mathml").forEach((m) => m.remove());
        return c.textContent.replace(/\s+/g, " ").trim();
    };
    const inner = (h) => (h.querySelector("a.header") || h).innerHTML;

    // The chapters in the order of SUMMARY.md, with the parts between them, from the sidebar.
    const sidebar = document.querySelector("#mdbook-sidebar ol.chapter");
    if (!sidebar) return { error: "the print page has no sidebar (ol.chapter) to take the parts from" };
    const entries = [];
    for (const li of sidebar.querySelectorAll("li")) {
        if (li.classList.contains("part-title")) entries.push({ part: li.textContent.trim() });
        else if (li.matches(".chapter-item") && li.querySelector(":scope > .chapter-link-wrapper > a")) {
            const a = li.querySelector(":scope > .chapter-link-wrapper > a");
            entries.push({ num: a.querySelector("strong")?.textContent.trim() || "" });
        }
    }
    const chapterEntries = entries.filter((e) => !e.part);
    if (chapterEntries.length !== h1s.length) {
        return {
            error: `the sidebar lists ${chapterEntries.length} chapters, the print page has ${h1s.length} h1 headings: ` +
                "every chapter must have exactly one # heading",
        };
    }
    // Sections: the h2 and h3 after each h1, up to the next.
    const all = [...main.querySelectorAll("h1, h2, h3")];
    const chapters = h1s.map((h, i) => ({ h, num: chapterEntries[i].num, sections: [] }));
    let k = -1;
    for (const h of all) {
        if (h.tagName === "H1") k++;
        else if (k >= 0 && h.tagName === "H2") chapters[k].sections.push({ h, subs: [] });
        else if (k >= 0 && chapters[k].sections.length) chapters[k].sections.at(-1).subs.push(h);
    }
    const missingId = all.find((h) => !h.id);
    if (missingId) return { error: `a heading without an id: ${textOf(missingId)}` };

    // Cover
    const cover = el("section", "pdf-cover");
    for (const [cls, t] of [
        ["pdf-title", title],
        ["pdf-other-title", text.otherTitle],
        ["pdf-subtitle", text.subtitle],
        ["pdf-edition", text.edition],
        ["pdf-build", text.built],
    ]) {
        const p = el("p", cls);
        p.textContent = t;
        cover.append(p);
    }

    // Table of contents, page numbers to fill in (placeholders of the same width)
    const toc = el("nav", "pdf-toc");
    toc.setAttribute("aria-label", text.contents);
    toc.append(el("h1", "pdf-toc-title", text.contents));
    const list = el("ol");
    toc.append(list);
    const entry = (h, num, cls) => {
        const li = el("li", cls);
        const a = el("a", "toc-entry");
        a.href = "#" + h.id;
        if (num) a.append(el("span", "toc-num", num));
        a.append(el("span", "toc-text", inner(h)), el("span", "toc-leader"));
        const n = el("span", "toc-page", "000");
        n.dataset.for = h.id;
        a.append(n);
        li.append(a);
        return li;
    };
    let c = 0;
    const outline = [{ title: text.contents, page: 2, children: [] }];
    let part = null;
    for (const e of entries) {
        if (e.part) {
            list.append(el("li", "toc-part", e.part));
            list.lastChild.textContent = e.part;
            part = { title: e.part, open: true, children: [] };
            outline.push(part);
            continue;
        }
        const ch = chapters[c++];
        const li = entry(ch.h, ch.num, "toc-chapter");
        if (ch.sections.length) {
            const sub = el("ol");
            for (const s of ch.sections) sub.append(entry(s.h, "", "toc-section"));
            li.append(sub);
        }
        list.append(li);
        const item = {
            title: (ch.num ? ch.num + " " : "") + textOf(ch.h),
            id: ch.h.id,
            children: ch.sections.map((s) => ({
                title: textOf(s.h),
                id: s.h.id,
                children: s.subs.map((h) => ({ title: textOf(h), id: h.id })),
            })),
        };
        // A part holds the numbered chapters after it; what follows a spacer (the appendices)
        // and what comes before the first part (the introduction) stand on their own.
        if (part && ch.num) part.children.push(item);
        else outline.push(item);
        if (!ch.num) part = null;
    }
    // A part's bookmark opens its first chapter.
    for (const p of outline) if (p.open && p.children.length) p.id = p.children[0].id;

    // Above each numbered chapter's title, its number ("14장", "Chapter 14").
    for (const ch of chapters) {
        const n = ch.num.replace(/\.$/, "");
        if (!n) continue;
        const label = el("p", "pdf-chapter-num");
        label.textContent = text.chapterLabel.replace("{n}", n);
        label.setAttribute("aria-hidden", "true");
        ch.h.before(label);
    }
    main.prepend(cover, toc);
    document.title = title;
    return {
        chapters: chapters.length,
        ids: all.map((h) => h.id),
        outline,
    };
}

function fillPageNumbers(pages) {
    for (const n of document.querySelectorAll(".pdf-toc .toc-page")) n.textContent = String(pages[n.dataset.for]);
}
