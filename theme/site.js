// Additions to every page of both editions.
//
// Language switcher: the Korean edition lives at the site root, the English one under en/.
// The link keeps the reader on the same chapter. (mdBook defines `path_to_root` on every page.)
(function () {
    "use strict";
    const lang = document.documentElement.lang || "ko";
    const isEnglish = lang === "en";
    const root = new URL((typeof path_to_root === "string" && path_to_root) || "./", window.location.href);
    let page = window.location.href.slice(root.href.length).split("#")[0].split("?")[0];
    if (page === "") page = "index.html";
    const target = isEnglish ? new URL("../" + page, root) : new URL("en/" + page, root);
    const link = document.createElement("a");
    link.className = "lang-switch";
    link.href = target.href;
    link.hreflang = isEnglish ? "ko" : "en";
    link.lang = isEnglish ? "ko" : "en";
    link.textContent = isEnglish ? "한국어" : "English";
    link.title = isEnglish ? "한국어판으로 이 장 읽기" : "Read this chapter in English";
    const bar = document.querySelector(".right-buttons");
    if (bar) bar.prepend(link);

    // mdBook 0.5.4's sidebar toggle is a <label> carrying aria-controls (not allowed on a label,
    // axe: aria-allowed-attr / aria-prohibited-attr). Give it the button role it acts as.
    const toggle = document.getElementById("mdbook-sidebar-toggle");
    if (toggle && toggle.tagName === "LABEL" && !toggle.hasAttribute("role")) {
        toggle.setAttribute("role", "button");
        toggle.tabIndex = 0;
        toggle.addEventListener("keydown", (e) => {
            if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                toggle.click();
            }
        });
    }

    // Code blocks wider than the page scroll sideways; make them focusable so keyboard users can
    // scroll them too (axe: scrollable-region-focusable).
    for (const code of document.querySelectorAll("pre > code")) {
        if (code.scrollWidth > code.clientWidth + 1 && !code.hasAttribute("tabindex")) {
            code.tabIndex = 0;
        }
    }

    // Python ⇄ Rust tabs (groups made by theme/code-tabs.py). The reader's choice is kept in
    // localStorage, so it holds on every page and the next visit. Without JavaScript, and in
    // print (site.css), both programs are shown one after the other.
    const TAB_KEY = "pyrs-book-code-tab";
    const groups = [...document.querySelectorAll(".code-tabs")];
    const LABEL = { python: "Python", rust: "Rust" };
    function stored() {
        try {
            return localStorage.getItem(TAB_KEY);
        } catch (e) {
            return null;
        }
    }
    function choose(lang, remember) {
        if (remember) {
            try {
                localStorage.setItem(TAB_KEY, lang);
            } catch (e) {
                /* private mode: the choice lasts for this page only */
            }
        }
        for (const g of groups) {
            for (const panel of g.querySelectorAll(":scope > .code-tab")) {
                panel.hidden = panel.dataset.lang !== lang;
            }
            for (const tab of g.querySelectorAll(":scope > .code-tabs-bar > [role=tab]")) {
                const on = tab.dataset.lang === lang;
                tab.setAttribute("aria-selected", on ? "true" : "false");
                tab.tabIndex = on ? 0 : -1;
            }
        }
    }
    groups.forEach((g, n) => {
        const panels = [...g.querySelectorAll(":scope > .code-tab")];
        const bar = document.createElement("div");
        bar.className = "code-tabs-bar";
        bar.setAttribute("role", "tablist");
        bar.setAttribute("aria-label", isEnglish ? "Show the program in" : "프로그램 언어");
        for (const panel of panels) {
            const lang = panel.dataset.lang;
            const tab = document.createElement("button");
            tab.type = "button";
            tab.className = "code-tabs-tab";
            tab.id = `code-tab-${n}-${lang}`;
            tab.dataset.lang = lang;
            tab.setAttribute("role", "tab");
            tab.setAttribute("aria-controls", (panel.id = `code-panel-${n}-${lang}`));
            tab.textContent = LABEL[lang] || lang;
            tab.addEventListener("click", () => choose(lang, true));
            tab.addEventListener("keydown", (e) => {
                if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
                e.preventDefault();
                e.stopPropagation(); // mdBook's arrow keys would turn the page
                const other = panels.find((p) => p.dataset.lang !== lang);
                if (other) {
                    choose(other.dataset.lang, true);
                    document.getElementById(`code-tab-${n}-${other.dataset.lang}`).focus();
                }
            });
            panel.setAttribute("role", "tabpanel");
            panel.setAttribute("aria-labelledby", tab.id);
            bar.appendChild(tab);
        }
        g.prepend(bar);
        g.classList.add("js");
    });
    if (groups.length) {
        const s = stored();
        choose(s === "rust" || s === "python" ? s : "python", false);
    }
})();
