#!/usr/bin/env python3
"""Fails when a .ts file is stale (lupdate would add or drop messages) or holds an unfinished
translation in nl, de or en. fr is the source language: its file only needs to be current."""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

root, lupdate = sys.argv[1], sys.argv[2]
langs = ["fr", "nl", "de", "en"]


def messages(path):
    tree = ET.parse(path)
    out = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            text = ""
            if tr is not None:
                forms = [f.text or "" for f in tr.findall("numerusform")]
                text = " ".join(forms) if forms else (tr.text or "")
            out[(name, msg.findtext("source"))] = (kind, text)
    return out


sources = []
for top in ("app", "ui"):
    for d, _, files in os.walk(os.path.join(root, top)):
        sources += [os.path.join(d, f) for f in files if f.endswith((".cpp", ".h", ".qml"))]

problems = []
with tempfile.TemporaryDirectory() as tmp:
    for lang in langs:
        committed = os.path.join(root, "translations", f"eguichet_{lang}.ts")
        fresh = os.path.join(tmp, f"eguichet_{lang}.ts")
        shutil.copy(committed, fresh)
        subprocess.run([lupdate, "-silent", "-source-language", "fr_BE", "-no-obsolete",
                        "-locations", "none", *sources, "-ts", fresh], check=True)
        old, new = messages(committed), messages(fresh)
        for key in sorted(set(new) - set(old), key=str):
            problems.append(f"{lang}: not in the .ts yet: {key[0]}: {key[1]!r}")
        for key in sorted(set(old) - set(new), key=str):
            problems.append(f"{lang}: no longer in the sources: {key[0]}: {key[1]!r}")
        if lang != "fr":
            for key, (kind, text) in sorted(new.items(), key=str):
                if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
                    problems.append(f"{lang}: untranslated: {key[0]}: {key[1]!r}")

if problems:
    print("\n".join(problems))
    print(f"\n{len(problems)} translation problem(s). Run: cmake --build build/dev --target "
          "update_translations, then translate in translations/*.ts")
    sys.exit(1)
print("translations_check: all four languages current and complete")
