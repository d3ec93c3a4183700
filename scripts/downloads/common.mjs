// What the PDF and EPUB builders share: the book's metadata per edition (book.toml, with the
// English overrides of po/edition-en.env), the commit it is built from, and playwright-core.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The download files of an edition, relative to that edition's root in the site. */
export const FILES = { pdf: (e) => `intermediate-python-in-rust.${e}.pdf`, epub: (e) => `intermediate-python-in-rust.${e}.epub` };

function git(...args) {
    try {
        return execFileSync("git", args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
        return "";
    }
}

/** The MDBOOK_* variables that make mdBook build an edition (po/edition-en.env; none for ko). */
export function editionEnv(edition) {
    const env = {};
    if (edition === "ko") return env;
    for (const line of fs.readFileSync(path.join(repo, `po/edition-${edition}.env`), "utf8").split("\n")) {
        const m = /^(MDBOOK_[A-Z_]+)=(.*)$/.exec(line.trim());
        if (m) env[m[1]] = m[2].trim();
    }
    return env;
}

/** book.toml's [book] keys, with the MDBOOK_BOOK__* overrides of the edition applied. */
function bookConfig(edition) {
    const toml = fs.readFileSync(path.join(repo, "book.toml"), "utf8");
    const section = /^\[book\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(toml)?.[1] || "";
    const str = (key) => section.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, "m"))?.[1] || "";
    const list = (key) => [...(section.match(new RegExp(`^${key}\\s*=\\s*\\[(.*)\\]`, "m"))?.[1] || "").matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    const cfg = { title: str("title"), description: str("description"), authors: list("authors") };
    for (const [k, v] of Object.entries(editionEnv(edition))) {
        const key = k.replace(/^MDBOOK_BOOK__/, "");
        if (key === k) continue;
        if (key === "AUTHORS") cfg.authors = [...v.matchAll(/"([^"]*)"/g)].map((x) => x[1]);
        else cfg[key.toLowerCase()] = v;
    }
    return cfg;
}

const TEXT = {
    ko: {
        otherTitle: "Intermediate Python, in Rust",
        subtitle:
            "중급 파이썬의 주제마다 관용적인 러스트 번역을 짝지은 책. 실린 예제는 모두 cargo test가 실행하고, " +
            "실린 출력은 모두 프로그램이 실제로 찍는 출력과 대조했습니다.",
        edition: "한국어판",
        contents: "차례",
        chapterLabel: "{n}장",
        built: (c, d, dirty) => `커밋 ${c}(${d})에서 빌드${dirty ? ", 커밋하지 않은 변경 포함" : ""}`,
    },
    en: {
        otherTitle: "파이썬 중급, 러스트로",
        subtitle: null, // the book's description
        edition: "English edition",
        contents: "Contents",
        chapterLabel: "Chapter {n}",
        built: (c, d, dirty) => `Built from commit ${c} of ${d}${dirty ? ", with uncommitted changes" : ""}`,
    },
};

/** Everything an edition's cover, title page and metadata say. */
export function bookInfo(edition) {
    const cfg = bookConfig(edition);
    const commit = git("rev-parse", "--short=12", "HEAD") || "unknown";
    const commitDate = git("show", "-s", "--format=%cI", "HEAD");
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    const date = (commitDate || new Date().toISOString()).slice(0, 10);
    const t = TEXT[edition];
    return {
        edition,
        title: cfg.title,
        description: cfg.description,
        author: cfg.authors.join(", "),
        commit,
        commitDate,
        date,
        dirty,
        text: { ...t, subtitle: t.subtitle || cfg.description, builtPlain: t.built(commit, date, dirty) },
        chromiumPath: process.env.CHROMIUM || "/usr/bin/chromium",
    };
}

/** playwright-core's chromium, pinned once by the browser tests (tests/browser/package.json). */
export async function loadChromium(who) {
    const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
    if (!fs.existsSync(chromiumPath)) {
        console.error(`${who}: no chromium at ${chromiumPath}: apt-get install chromium fonts-nanum (or set CHROMIUM)`);
        process.exit(1);
    }
    try {
        const require = createRequire(path.join(repo, "tests/browser/package.json"));
        const pw = await import(pathToFileURL(require.resolve("playwright-core")).href);
        return pw.chromium || pw.default.chromium;
    } catch {
        console.error(`${who}: playwright-core is not installed: (cd tests/browser && npm ci)`);
        process.exit(1);
    }
}
