// The reader's CPython version: a picker in the top bar sets it for the whole book, and each
// Python output whose versions print different things (panels made by mdbook-pyrs, see
// mdbook-pyrs/src/versions.rs) gets a switcher that sets it too. The choice is kept in
// localStorage, so it holds on every page and the next visit. Without JavaScript, and in print
// (site.css), every panel is shown with its label.
//
// `3.14-wasm` is CPython 3.14 compiled to WebAssembly (the engine of the pages' Run button): it
// is named "3.14 (WebAssembly)", never a bare 3.14. A listing that is not run there has no panel
// for it but a note saying why (mdbook-pyrs); when that version is chosen, such an output shows
// the primary version's panel and the note stands out.
(function () {
    "use strict";
    const KEY = "pyrs-book-python";
    const isEnglish = (document.documentElement.lang || "ko") === "en";
    const meta = document.querySelector(".py-versions-meta");
    const groups = [...document.querySelectorAll(".py-versions:not(.py-same)")];
    const versions = (meta ? meta.dataset.versions : groups[0]?.dataset.versions || "").split(" ").filter(Boolean);
    if (!versions.length) return;
    const primary = versions[0];
    /** How a version is shown: `3.13`, `3.14 (WebAssembly)`. */
    const name = (v) => (v.endsWith("-wasm") ? `${v.slice(0, -5)} (WebAssembly)` : v);
    const full = (v) => `CPython ${name(v)}`;

    function stored() {
        try {
            return localStorage.getItem(KEY);
        } catch (e) {
            return null;
        }
    }
    function current() {
        const s = stored();
        return versions.includes(s) ? s : primary;
    }

    const picker = document.createElement("select");
    function choose(version, remember) {
        if (remember) {
            try {
                localStorage.setItem(KEY, version);
            } catch (e) {
                /* private mode: the choice lasts for this page only */
            }
        }
        picker.value = version;
        for (const note of document.querySelectorAll(".py-version-note")) {
            note.classList.toggle("py-note-active", note.dataset.py === version);
        }
        for (const g of groups) {
            const panels = [...g.querySelectorAll(":scope > .py-version")];
            const shown =
                panels.find((p) => p.dataset.py.split(" ").includes(version)) ||
                panels.find((p) => p.dataset.py.split(" ").includes(primary)) ||
                panels[0];
            for (const p of panels) p.hidden = p !== shown;
            for (const tab of g.querySelectorAll(":scope > .py-versions-bar > [role=tab]")) {
                const on = tab.dataset.py === version;
                tab.setAttribute("aria-selected", on ? "true" : "false");
                tab.tabIndex = on ? 0 : -1;
            }
        }
    }

    // The picker, in the top bar of every page.
    const label = document.createElement("label");
    label.className = "py-picker";
    label.title = isEnglish
        ? "The CPython version whose output the pages show"
        : "페이지가 출력을 보여 줄 CPython 버전";
    const caption = document.createElement("span");
    caption.textContent = "Python";
    picker.id = "py-version-picker";
    for (const v of versions) {
        const o = document.createElement("option");
        o.value = v;
        o.textContent = name(v);
        o.title = full(v);
        picker.appendChild(o);
    }
    picker.addEventListener("change", () => choose(picker.value, true));
    // mdBook turns the page on ←/→; in the picker those keys belong to the picker.
    picker.addEventListener("keydown", (e) => e.stopPropagation());
    label.append(caption, picker);
    const bar = document.querySelector(".right-buttons");
    if (bar) bar.prepend(label);

    // A switcher on each output whose versions differ.
    groups.forEach((g, n) => {
        const panels = [...g.querySelectorAll(":scope > .py-version")];
        const tabs = document.createElement("div");
        tabs.className = "py-versions-bar";
        tabs.setAttribute("role", "tablist");
        tabs.setAttribute("aria-label", isEnglish ? "CPython version of this output" : "이 출력의 CPython 버전");
        const order = (g.dataset.versions || "").split(" ").filter(Boolean);
        order.forEach((v) => {
            const panel = panels.find((p) => p.dataset.py.split(" ").includes(v));
            if (!panel) return;
            if (!panel.id) panel.id = `py-panel-${n}-${panels.indexOf(panel)}`;
            panel.setAttribute("role", "tabpanel");
            const tab = document.createElement("button");
            tab.type = "button";
            tab.className = "py-versions-tab";
            tab.id = `py-tab-${n}-${v.replace(/\W/g, "-")}`;
            tab.dataset.py = v;
            tab.setAttribute("role", "tab");
            tab.setAttribute("aria-controls", panel.id);
            tab.textContent = name(v);
            tab.title = full(v);
            tab.addEventListener("click", () => choose(v, true));
            tab.addEventListener("keydown", (e) => {
                const i = order.indexOf(v);
                let j = null;
                if (e.key === "ArrowRight") j = (i + 1) % order.length;
                else if (e.key === "ArrowLeft") j = (i + order.length - 1) % order.length;
                else if (e.key === "Home") j = 0;
                else if (e.key === "End") j = order.length - 1;
                if (j === null) return;
                e.preventDefault();
                e.stopPropagation(); // mdBook's arrow keys turn the page

                choose(order[j], true);
                document.getElementById(`py-tab-${n}-${order[j].replace(/\W/g, "-")}`).focus();
            });
            tabs.appendChild(tab);
        });
        for (const p of panels) {
            if (!p.hasAttribute("aria-labelledby")) {
                const first = p.dataset.py.split(" ")[0];
                p.setAttribute("aria-labelledby", `py-tab-${n}-${first.replace(/\W/g, "-")}`);
            }
        }
        g.prepend(tabs);
        g.classList.add("js");
    });
    choose(current(), false);
})();
