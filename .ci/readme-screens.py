#!/usr/bin/env python3
"""Rewrites the README's screens from `idash snapshot`, so they show what the program draws.
Each screen follows a line naming its view as "(`--view VIEW`...)"; its indented block is
replaced. Usage: python3 .ci/readme-screens.py [BINARY] [--check]"""
import os, re, subprocess, sys

binary = next((a for a in sys.argv[1:] if not a.startswith("--")), ".build/debug/idash")
check = "--check" in sys.argv
text = open("README.md", encoding="utf-8").read()
lines = text.split("\n")
out, i = [], 0
while i < len(lines):
    line = lines[i]
    out.append(line)
    m = re.search(r"\(`--view ([^`]+)`", line)
    if m and i + 2 < len(lines) and lines[i + 1] == "" and lines[i + 2].startswith("    "):
        view = m.group(1)
        shot = subprocess.run([binary, "snapshot", "--lang", "zh", "--as-of", "2026-12-01", "--width", "100",
                               "--height", "28", "--view", view], capture_output=True, text=True, check=True,
                              # A developer's own settings file must not change the README.
                              env={**os.environ, "IDASH_CONFIG": "/dev/null"}).stdout
        out.append("")
        out += ["    " + row for row in shot.rstrip("\n").split("\n")]
        i += 2
        while i < len(lines) and lines[i].startswith("    "):
            i += 1
        continue
    i += 1
new = "\n".join(out)
if check:
    if new != text:
        sys.exit("README.md's screens differ from what idash draws: run python3 .ci/readme-screens.py")
    print("ok: README.md's screens are what idash draws")
else:
    open("README.md", "w", encoding="utf-8").write(new)
    print("wrote README.md's screens")
