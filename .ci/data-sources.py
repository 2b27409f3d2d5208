#!/usr/bin/env python3
"""Writes the observation table of docs/data-sources.md from sample-data/.

    python3 .ci/data-sources.py          # rewrite the table in docs/data-sources.md
    python3 .ci/data-sources.py --check  # exit 1 if the file is not what the data says

The table sits between the two marker lines of the file; the prose around it is kept.
`swift test` (DataSourcesDocTests) also checks that every observation is in the table.
"""
import csv, io, json, pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "sample-data"
DOC = ROOT / "docs" / "data-sources.md"
BEGIN, END = "<!-- observations: begin -->", "<!-- observations: end -->"


def rows():
    cities = {}
    for path in sorted(DATA.glob("*.json")):
        if path.name == "schema.json":
            continue
        city = json.loads(path.read_text())
        cities[city["id"]] = city
    found = []
    for cid, city in cities.items():
        sources = {s["id"]: s for s in city["sources"]}
        for ind in city["indicators"]:
            # A baseline taken from published statistics (it has an address) is listed too.
            b = ind.get("baseline")
            if b and (sources[b["source"]].get("url") or sources[b["source"]].get("viaUrl")):
                found.append((cid, ind["id"], b["date"], str(b["value"]), "baseline", b["source"]))
            for o in ind.get("observations", []):
                found.append((cid, ind["id"], o["date"], str(o["value"]), " ".join(o.get("qualifiers", [])), o["source"]))
    for path in sorted(DATA.glob("*.csv")):
        for r in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))):
            found.append((r["city"], r["indicator"], r["date"], r["value"], r.get("qualifiers", ""), r["source"]))
    order = {cid: city["order"] for cid, city in cities.items()}
    found.sort(key=lambda r: (order[r[0]], r[1], r[2]))
    lines = ["| city | indicator | date | value | qualifiers | publisher | address |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for cid, iid, date, value, quals, sid in found:
        source = next(s for s in cities[cid]["sources"] if s["id"] == sid)
        address = source.get("url") or source.get("viaUrl", "")
        copy = "" if source.get("url") else " (copy)"
        lines.append(f"| {cid} | {iid} | {date} | {value} | {quals} | {source['publisher']['zh']} {source['date']} | {address}{copy} |")
    return lines


def render(text):
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return head + BEGIN + "\n" + "\n".join(rows()) + "\n" + END + tail


def main():
    current = DOC.read_text()
    wanted = render(current)
    if "--check" in sys.argv:
        if current != wanted:
            print(f"{DOC}: the observation table is out of date; run python3 .ci/data-sources.py", file=sys.stderr)
            sys.exit(1)
        return
    DOC.write_text(wanted)


if __name__ == "__main__":
    main()
