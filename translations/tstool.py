#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helps translators fill Taktflow's Qt Linguist catalogues outside Qt Linguist.

  tstool.py todo  [TS...]        print the unfinished messages of the catalogues as a TSV skeleton
  tstool.py fill  DICT.tsv [TS...]  write the translations of DICT.tsv into the catalogues
  tstool.py fill --overwrite DICT.tsv [TS...]  also replace translations that are already finished

DICT.tsv is UTF-8, one message per line, columns separated by tabs; the first line names the
columns: "source", then one column per language code as in the file name (de, zh_CN).
A backslash-n stands for a line break. Plural messages (%n) give their forms separated by "||"
(German: singular||plural; Chinese: one form). A source may be prefixed with "Context::" plus a
"|" to translate it differently in one context, e.g. "taktflow::app::MainWindow|&File".
Without --overwrite only unfinished messages are touched.
The catalogues are edited in place, keeping lupdate's layout, so diffs stay small.
"""
import html
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE_RE = re.compile(r"(<message( numerus=\"yes\")?>)(.*?)(</message>)", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION_RE = re.compile(r"( *)<translation type=\"unfinished\">(.*?)</translation>", re.S)
ANY_TRANSLATION_RE = re.compile(r"( *)<translation(?: type=\"unfinished\")?>(.*?)</translation>", re.S)


def unescape(text):
    return html.unescape(text)


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def catalogues(paths):
    return [pathlib.Path(p) for p in paths] or sorted(HERE.glob("taktflow_*.ts"))


def language_of(path):
    return path.stem.split("_", 1)[1]


def unfinished(path):
    """Yields (context, source, numerus) of every unfinished message."""
    text = path.read_text(encoding="utf-8")
    for context in CONTEXT_RE.finditer(text):
        for message in MESSAGE_RE.finditer(context.group(2)):
            if TRANSLATION_RE.search(message.group(3)):
                source = unescape(SOURCE_RE.search(message.group(3)).group(1))
                yield unescape(context.group(1)), source, bool(message.group(2))


def cell(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def uncell(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def todo(paths):
    paths = catalogues(paths)
    seen = {}
    for path in paths:
        for _context, source, numerus in unfinished(path):
            seen.setdefault(source, numerus)
    print("\t".join(["source"] + [language_of(p) for p in paths]))
    for source, numerus in seen.items():
        print(cell(source) + "\t" * len(paths) + ("\t# plural" if numerus else ""))


def read_dictionary(dict_path):
    lines = pathlib.Path(dict_path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    table = {language: {} for language in header[1:]}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < len(header):
            sys.exit(f"{dict_path}:{number}: expected {len(header)} columns, found {len(cells)}")
        for language, value in zip(header[1:], cells[1:]):
            if value:
                table[language][uncell(cells[0])] = uncell(value)
    return table


def fill(dict_path, paths, overwrite=False):
    table = read_dictionary(dict_path)
    for path in catalogues(paths):
        words = table.get(language_of(path), {})
        text = path.read_text(encoding="utf-8")
        filled = 0

        def fill_context(context_match):
            nonlocal filled
            context = unescape(context_match.group(1))

            def fill_message(match):
                nonlocal filled
                body = match.group(3)
                source = unescape(SOURCE_RE.search(body).group(1))
                translation = words.get(f"{context}|{source}", words.get(source))
                found = (ANY_TRANSLATION_RE if overwrite else TRANSLATION_RE).search(body)
                if translation is None or not found:
                    return match.group(0)
                indent = found.group(1)
                if match.group(2):
                    forms = "".join(f"\n{indent}    <numerusform>{escape(f)}</numerusform>"
                                    for f in translation.split("||"))
                    element = f"{indent}<translation>{forms}\n{indent}</translation>"
                else:
                    element = f"{indent}<translation>{escape(translation)}</translation>"
                filled += 1
                return match.group(1) + body[:found.start()] + element + body[found.end():] + match.group(4)

            inner = MESSAGE_RE.sub(fill_message, context_match.group(2))
            return context_match.group(0).replace(context_match.group(2), inner, 1)

        text = CONTEXT_RE.sub(fill_context, text)
        path.write_text(text, encoding="utf-8")
        left = sum(1 for _ in unfinished(path))
        print(f"{path.name}: filled {filled}, still unfinished {left}")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "todo":
        todo(sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1:3] == ["fill", "--overwrite"]:
        fill(sys.argv[3], sys.argv[4:], overwrite=True)
    elif len(sys.argv) >= 3 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
