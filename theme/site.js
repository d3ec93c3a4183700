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
})();
