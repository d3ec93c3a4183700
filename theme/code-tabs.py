#!/usr/bin/env python3
"""mdBook preprocessor: Python ⇄ Rust tabs for a listing whose two programs stand side by side.

A "unit" is a fenced block that includes a listing's main.py (or main.rs), optionally followed
by the block that includes its python.out (rust.out). When the Python unit and the Rust unit of
the same listing folder follow each other with nothing but blank lines between, they are wrapped in

    <div class="code-tabs"> <div class="code-tab" data-lang="python"> … </div>
                            <div class="code-tab" data-lang="rust"> … </div> </div>

theme/site.js turns that into tabs (the choice is remembered); without JavaScript, and in print,
both stay visible one after the other. Runs before `links`, on the include directives, for the
HTML renderer only: the chapters' text and the messages to translate do not change.
"""
import json
import re
import sys

FENCE = re.compile(r"^(\s*)```(\S*)\s*$")
INCLUDE = re.compile(r"^\s*\{\{#(?:rustdoc_)?include\s+(\S*?/listings/[^/\s]+/[^/\s]+)/([^:\s}]+)(?::[^}]*)?\}\}\s*$")
CODE = {"main.py": "python", "main.rs": "rust"}
OUTPUT = {"python.out": "python", "rust.out": "rust"}


def blocks(lines):
    """(start, end) line indexes of each fenced block, end inclusive, with its include target."""
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m and m.group(2):
            j = i + 1
            while j < len(lines) and not re.match(r"^\s*```\s*$", lines[j]):
                j += 1
            body = [l for l in lines[i + 1 : j] if l.strip()]
            inc = INCLUDE.match(body[0]) if len(body) == 1 else None
            out.append((i, j, inc.group(1) if inc else None, inc.group(2) if inc else None))
            i = j + 1
            continue
        i += 1
    return out


def only_blank(lines, a, b):
    return all(not l.strip() for l in lines[a:b])


def units(lines):
    """Code block (+ its output block) of one listing: (start, end, folder, lang)."""
    bs, out, k = blocks(lines), [], 0
    while k < len(bs):
        s, e, folder, name = bs[k]
        if folder and name in CODE:
            lang = CODE[name]
            if k + 1 < len(bs):
                s2, e2, f2, n2 = bs[k + 1]
                if f2 == folder and OUTPUT.get(n2) == lang and only_blank(lines, e + 1, s2):
                    out.append((s, e2, folder, lang))
                    k += 2
                    continue
            out.append((s, e, folder, lang))
        k += 1
    return out


def tabify(text):
    lines = text.split("\n")
    us = units(lines)
    wraps = []
    k = 0
    while k + 1 < len(us):
        a, b = us[k], us[k + 1]
        if a[2] == b[2] and {a[3], b[3]} == {"python", "rust"} and only_blank(lines, a[1] + 1, b[0]):
            wraps.append((a, b))
            k += 2
        else:
            k += 1
    for a, b in reversed(wraps):
        indent = FENCE.match(lines[a[0]]).group(1)
        if indent:  # inside a list item: leave it alone
            continue
        first, second = a, b
        new = (
            [f'<div class="code-tabs"><div class="code-tab" data-lang="{first[3]}">', ""]
            + lines[first[0] : first[1] + 1]
            + ["", f'</div><div class="code-tab" data-lang="{second[3]}">', ""]
            + lines[second[0] : second[1] + 1]
            + ["", "</div></div>"]
        )
        lines[first[0] : second[1] + 1] = new
    return "\n".join(lines)


def walk(node):
    if isinstance(node, dict):
        if isinstance(node.get("content"), str):
            node["content"] = tabify(node["content"])
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "supports":
        sys.exit(0)
    context, book = json.load(sys.stdin)
    walk(book)
    json.dump(book, sys.stdout, ensure_ascii=False)
