#!/usr/bin/env python3
"""Fills translations into the .ts files from a JSON object read on stdin:
    {"<French source>": {"nl": "...", "de": "...", "en": "..."}, ...}
A list instead of a string fills the plural forms of a %n message. Only entries whose
source matches are touched (in every context); the French file gets the
source text itself. Run `cmake --build build/dev --target update_translations` first so the new
strings are in the files; tests/lint/check-translations.py then checks nothing is missing."""
import json
import os
import re
import sys
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
table = json.load(sys.stdin)
msg_re = re.compile(
    r"(<message[^>]*>\s*<source>)(.*?)(</source>.*?<translation)([^>]*)>(.*?)(</translation>)", re.S)


def unescape(s):
    return (s.replace("&apos;", "'").replace("&quot;", '"').replace("&lt;", "<")
            .replace("&gt;", ">").replace("&amp;", "&"))


for lang in ("fr", "nl", "de", "en"):
    path = os.path.join(here, f"eguichet_{lang}.ts")
    text = open(path, encoding="utf-8").read()
    filled = 0

    def repl(m):
        global filled
        source = unescape(m.group(2))
        if source not in table and lang != "fr":
            return m.group(0)
        if lang == "fr":  # the source itself, or its plural forms when given
            value = table.get(source, {}).get("fr", source)
        else:
            value = table[source].get(lang)
        if not value or (('numerus="yes"' in m.group(1)) != isinstance(value, list)):
            return m.group(0)  # nothing given, or a plain text for a plural message
        filled += 1
        quote = {"'": "&apos;", '"': "&quot;"}
        if isinstance(value, list):  # plural (%n): one form per entry, in the language's order
            body = "".join(f"\n            <numerusform>{escape(v, quote)}</numerusform>"
                           for v in value) + "\n        "
            return m.group(1) + m.group(2) + m.group(3) + ">" + body + m.group(6)
        return m.group(1) + m.group(2) + m.group(3) + ">" + escape(value, quote) + m.group(6)

    text = msg_re.sub(repl, text)
    open(path, "w", encoding="utf-8").write(text)
    print(f"{lang}: {filled} entries set")
