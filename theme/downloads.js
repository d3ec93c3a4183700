// The book to take away: a download button in the top bar of every page, for this edition's PDF
// and EPUB (made by scripts/build-downloads at the edition's root: the Korean edition at the site
// root, the English one under en/). A disclosure button: it shows or hides the two links.
(function () {
    "use strict";
    const bar = document.querySelector("#mdbook-menu-bar .right-buttons");
    if (!bar) return;
    const lang = document.documentElement.lang === "en" ? "en" : "ko";
    const root = new URL((typeof path_to_root === "string" && path_to_root) || "./", window.location.href);
    const file = (ext) => `intermediate-python-in-rust.${lang}.${ext}`;
    const TEXT = {
        ko: {
            button: "이 책 내려받기",
            pdf: ["PDF", "A4, 인쇄와 태블릿용"],
            epub: ["EPUB", "전자책 단말기용"],
        },
        en: {
            button: "Download this book",
            pdf: ["PDF", "A4, for print and tablets"],
            epub: ["EPUB", "for e-readers"],
        },
    }[lang];

    const wrap = document.createElement("div");
    wrap.className = "book-downloads";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "icon-button book-downloads-button";
    button.id = "book-downloads-toggle";
    button.title = TEXT.button;
    button.setAttribute("aria-label", TEXT.button);
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "book-downloads-list");
    // An arrow into a tray, drawn for this button.
    button.innerHTML =
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">' +
        '<path d="M12 3v11m-5-5 5 5 5-5M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" fill="none" stroke="currentColor" ' +
        'stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>';
    const list = document.createElement("ul");
    list.id = "book-downloads-list";
    list.className = "book-downloads-list";
    list.hidden = true;
    for (const ext of ["pdf", "epub"]) {
        const [name, what] = TEXT[ext];
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = new URL(file(ext), root).href;
        a.setAttribute("download", file(ext));
        a.className = "book-downloads-" + ext;
        const b = document.createElement("strong");
        b.textContent = name;
        const s = document.createElement("span");
        s.textContent = what;
        a.append(b, " ", s);
        li.append(a);
        list.append(li);
    }
    function show(open) {
        list.hidden = !open;
        button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.addEventListener("click", (e) => {
        e.stopPropagation();
        show(list.hidden);
        if (!list.hidden) list.querySelector("a").focus();
    });
    document.addEventListener("click", (e) => {
        if (!wrap.contains(e.target)) show(false);
    });
    wrap.addEventListener("keydown", (e) => {
        if (e.key === "Escape" && !list.hidden) {
            e.stopPropagation();
            show(false);
            button.focus();
        }
    });
    wrap.addEventListener("focusout", (e) => {
        if (e.relatedTarget && !wrap.contains(e.relatedTarget)) show(false);
    });
    wrap.append(button, list);
    bar.prepend(wrap);
})();
