#!/usr/bin/env python3
"""mdBook preprocessor: undo the `\\_` escapes that mdbook-gettext puts inside $math$.

mdbook-gettext re-renders every translated paragraph as Markdown and escapes `_` as `\\_`; inside
`$t_{UTC}$` that turns a subscript into a literal underscore for KaTeX. This runs after gettext and
before katex (book.toml) and restores `_` inside math spans, outside code. The Korean source never
writes `\\_` in math, so it changes nothing there.
"""
import json
import re
import sys

MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$", re.S)
FENCE = re.compile(r"^\s*(```|~~~)")


def fix(text):
    out, prose, in_code = [], [], False
    for line in text.splitlines(keepends=True):
        if FENCE.match(line):
            if not in_code:
                out.append(MATH.sub(lambda m: m.group(0).replace("\\_", "_"), "".join(prose)))
                prose = []
            in_code = not in_code
            out.append(line)
        elif in_code:
            out.append(line)
        else:
            prose.append(line)
    out.append(MATH.sub(lambda m: m.group(0).replace("\\_", "_"), "".join(prose)))
    return "".join(out)


def walk(node):
    if isinstance(node, dict):
        if "content" in node and isinstance(node["content"], str):
            node["content"] = fix(node["content"])
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
