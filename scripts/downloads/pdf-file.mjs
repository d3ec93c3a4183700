// Reading and amending the PDF that Chromium (Skia) writes: its pages, its named destinations
// (one per heading that a link points to: every mdBook heading links to itself) and, as an
// incremental update appended to the file, a bookmark outline, the document language and the
// document information. Skia writes PDF 1.4 with a classic cross-reference table and plain
// (uncompressed) dictionaries for the catalog, the page tree and the destinations, which is all
// that is read here; a file of another shape is refused with a message, never half-read.

const latin1 = (buf) => buf.toString("latin1");

/** Parse the parts of a Skia PDF used here. */
export function readPdf(buf) {
    const text = latin1(buf);
    const sx = text.lastIndexOf("startxref");
    if (sx < 0) throw new Error("not a PDF (no startxref)");
    const xrefAt = Number(/startxref\s+(\d+)/.exec(text.slice(sx))[1]);
    if (!text.startsWith("xref", xrefAt)) {
        throw new Error("this PDF has a cross-reference stream, not a table: not the Skia PDF this reads");
    }
    const offsets = new Map();
    const re = /(\d+) (\d+)\s*\r?\n|(\d{10}) (\d{5}) ([nf])\s*\r?\n?|trailer/gy;
    re.lastIndex = xrefAt + 4;
    while (text[re.lastIndex] === "\n" || text[re.lastIndex] === "\r") re.lastIndex++;
    let next = 0;
    for (;;) {
        const m = re.exec(text);
        if (!m || m[0] === "trailer") break;
        if (m[1] !== undefined) next = Number(m[1]);
        else {
            if (m[5] === "n") offsets.set(next, Number(m[3]));
            next++;
        }
    }
    const trailer = text.slice(text.indexOf("trailer", xrefAt), sx);
    const num = (key) => {
        const m = new RegExp(`/${key} (\\d+)(?: 0 R)?`).exec(trailer);
        return m ? Number(m[1]) : undefined;
    };
    const pdf = { buf, text, offsets, xrefAt, size: num("Size"), root: num("Root"), info: num("Info") };
    pdf.object = (n) => {
        const at = offsets.get(n);
        if (at === undefined) throw new Error(`object ${n} is not in the cross-reference table`);
        const head = `${n} 0 obj`;
        if (!text.startsWith(head, at)) throw new Error(`object ${n} is not at offset ${at}`);
        const end = text.indexOf("endobj", at);
        const body = text.slice(at + head.length, end).trim();
        if (/\bstream\r?\n/.test(body)) throw new Error(`object ${n} is a stream, not a dictionary`);
        return body;
    };
    const catalog = pdf.object(pdf.root);
    pdf.catalog = catalog;
    const ref = (dict, key) => {
        const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
        return m ? Number(m[1]) : undefined;
    };
    // Pages, in order: the leaves of the page tree.
    pdf.pages = [];
    const walk = (n) => {
        const node = pdf.object(n);
        if (/\/Type \/Pages\b/.test(node)) {
            const kids = /\/Kids \[([^\]]*)\]/.exec(node)[1];
            for (const k of kids.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
        } else pdf.pages.push(n);
    };
    walk(ref(catalog, "Pages"));
    const pageIndex = new Map(pdf.pages.map((n, i) => [n, i + 1]));
    // Named destinations: /name [page 0 R /XYZ x y z]; Skia names them by the URL-encoded id.
    pdf.dests = new Map();
    const destsRef = ref(catalog, "Dests");
    if (destsRef !== undefined) {
        const dests = pdf.object(destsRef);
        for (const m of dests.matchAll(/\/((?:[^\s/\[\]<>()#]|#[0-9A-Fa-f]{2})+)\s*(\[(\d+) 0 R[^\]]*\])/g)) {
            const raw = m[1].replace(/#([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
            let id;
            try {
                id = decodeURIComponent(raw);
            } catch {
                id = raw;
            }
            pdf.dests.set(id, { dest: m[2], page: pageIndex.get(Number(m[3])) });
        }
    }
    return pdf;
}

/** A PDF text string (UTF-16BE with a byte order mark, hex). */
function pdfString(s) {
    let hex = "FEFF";
    for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
    return `<${hex}>`;
}

/** A PDF date from an ISO 8601 date-time (git's %cI). */
function pdfDate(iso) {
    const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(Z|([+-])(\d\d):(\d\d))?/.exec(iso || "");
    if (!m) return undefined;
    const tz = !m[7] || m[7] === "Z" ? "Z" : `${m[8]}${m[9]}'${m[10]}'`;
    return `(D:${m[1]}${m[2]}${m[3]}${m[4]}${m[5]}${m[6]}${tz})`;
}

/**
 * Append an incremental update: the bookmark outline, the catalog's /Lang and /PageMode, and a new
 * document information dictionary. `outline` is a tree of { title, dest, open, children }, where
 * dest is a PDF destination array (e.g. one read from the named destinations).
 */
export function amendPdf(pdf, { outline, lang, info }) {
    let next = pdf.size;
    const objects = []; // [number, body]
    // Outline items: allocate numbers depth-first, then write each item with its links.
    const visible = (item) => (item.open ? item.children.reduce((n, c) => n + 1 + visible(c), 0) : 0);
    const outlinesNum = next++;
    const number = (items) => items.forEach((it) => ((it.num = next++), number(it.children)));
    number(outline);
    const write = (items, parent) => {
        items.forEach((it, i) => {
            const d = [`/Title ${pdfString(it.title)}`, `/Parent ${parent} 0 R`, `/Dest ${it.dest}`];
            if (i > 0) d.push(`/Prev ${items[i - 1].num} 0 R`);
            if (i < items.length - 1) d.push(`/Next ${items[i + 1].num} 0 R`);
            if (it.children.length) {
                d.push(`/First ${it.children[0].num} 0 R`, `/Last ${it.children.at(-1).num} 0 R`);
                const all = it.children.reduce((n, c) => n + 1 + visible(c), 0);
                d.push(`/Count ${it.open ? all : -all}`);
            }
            objects.push([it.num, `<<${d.join("\n")}>>`]);
            write(it.children, it.num);
        });
    };
    write(outline, outlinesNum);
    const top = outline.reduce((n, c) => n + 1 + visible(c), 0);
    objects.push([
        outlinesNum,
        `<</Type /Outlines\n/First ${outline[0].num} 0 R\n/Last ${outline.at(-1).num} 0 R\n/Count ${top}>>`,
    ]);
    // The catalog, with the outline shown when the file opens and the language of its text.
    let catalog = pdf.catalog.replace(/\/(Outlines \d+ 0 R|PageMode \/\w+|Lang \([^)]*\))/g, "");
    catalog = catalog.replace(/>>\s*$/, `\n/Outlines ${outlinesNum} 0 R\n/PageMode /UseOutlines\n/Lang (${lang})>>`);
    objects.push([pdf.root, catalog]);
    const infoNum = next++;
    const fields = [];
    for (const [k, v] of Object.entries(info)) {
        if (v === undefined) continue;
        fields.push(`/${k} ${k.endsWith("Date") ? pdfDate(v) || pdfString(String(v)) : pdfString(String(v))}`);
    }
    objects.push([infoNum, `<<${fields.join("\n")}>>`]);

    const base = pdf.buf.length;
    let out = "\n";
    const at = new Map();
    for (const [n, body] of objects) {
        at.set(n, base + Buffer.byteLength(out, "latin1"));
        out += `${n} 0 obj\n${body}\nendobj\n`;
    }
    const xrefAt = base + Buffer.byteLength(out, "latin1");
    const nums = [...at.keys()].sort((a, b) => a - b);
    out += "xref\n0 1\n0000000000 65535 f \n";
    // one subsection per run of consecutive numbers
    for (let i = 0; i < nums.length; ) {
        let j = i;
        while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
        out += `${nums[i]} ${j - i + 1}\n`;
        for (let k = i; k <= j; k++) out += `${String(at.get(nums[k])).padStart(10, "0")} 00000 n \n`;
        i = j + 1;
    }
    out += `trailer\n<</Size ${next}\n/Root ${pdf.root} 0 R\n/Info ${infoNum} 0 R\n/Prev ${pdf.xrefAt}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return Buffer.concat([pdf.buf, Buffer.from(out, "latin1")]);
}
