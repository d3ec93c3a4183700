#!/usr/bin/env python3
"""Copy string literals and recorded outputs extracted from code blocks into their translation,
unchanged.

mdbook-xgettext extracts comments *and string literals* from code blocks, and each ```text block
(a recorded output) whole. A literal is part of what the program prints, and an output is what it
printed: the English edition must show exactly what the tests ran and compared, so their
"translation" is themselves (tests/book.rs fails on any other). Comments are translated as usual.

    python3 scripts/po_literals.py po/en.po
"""
import re
import sys

LITERAL = re.compile(r'^(?:[rRbBfFuU]{0,2})("""|\'\'\'|"|\').*\1$', re.S)
OUTPUT = re.compile(r"^(`{3,})text\n.*\n\1$", re.S)


def unquote(lines):
    out = []
    for l in lines:
        s = l.strip()
        if s.startswith("msgid "):
            s = s[len("msgid "):]
        s = s[1:-1]
        out.append(re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s))
    return "".join(out)


def main(path):
    text = open(path, encoding="utf-8").read()
    entries = text.split("\n\n")
    changed = 0
    for i, e in enumerate(entries):
        lines = e.split("\n")
        try:
            a = next(k for k, l in enumerate(lines) if l.startswith("msgid "))
            b = next(k for k, l in enumerate(lines) if l.startswith("msgstr "))
        except StopIteration:
            continue
        msgid_lines, msgstr_lines = lines[a:b], lines[b:]
        if any(l.startswith("#~") for l in lines):
            continue
        msgstr = "".join(l.strip()[1:-1] for l in [msgstr_lines[0][len("msgstr "):]] + msgstr_lines[1:])
        msgid = unquote(msgid_lines)
        flags = [l for l in lines[:a] if l.startswith("#,")]
        fuzzy = any("fuzzy" in f for f in flags)
        if (msgstr and not fuzzy) or not msgid or not (LITERAL.match(msgid) or OUTPUT.match(msgid)):
            continue
        rest = [l for l in lines[:a] if not l.startswith("#,")]
        new_flags = []
        for f in flags:
            kept = [x.strip() for x in f[2:].split(",") if x.strip() != "fuzzy"]
            if kept:
                new_flags.append("#, " + ", ".join(kept))
        entries[i] = "\n".join(rest + new_flags + msgid_lines + ["msgstr " + msgid_lines[0][len("msgid "):]] + msgid_lines[1:])
        changed += 1
    open(path, "w", encoding="utf-8").write("\n\n".join(entries))
    print(f"{path}: {changed} string literal(s) and output(s) kept as they are", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
