#!/usr/bin/env python3
"""Builds the course notebooks (notebooks/*.ipynb) from their sources (lessons/notebooks/*.nb).

A source is plain text split into cells by lines that start with '%%':
  %% md                  a markdown cell
  %% code [tag ...]      a code cell; tags such as 'diagram' (the cell must show an SVG diagram)
  %% exercise 2.1        the exercise's statement (from lessons/exercises), an answer cell tagged
                         'exercise:2.1' holding the placeholder, and a 'check("2.1")' cell tagged 'check:2.1'
The notebooks are written clean: no outputs, no execution counts, deterministic cell ids.
Run: /usr/bin/python3 lessons/notebooks/build.py   (from the repository root; standard library only)
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCES = ROOT / "lessons" / "notebooks"
EXERCISES = ROOT / "lessons" / "exercises"
OUT = ROOT / "notebooks"

KERNELSPEC = {"name": "vnetlab", "display_name": "Java (vnetlab)", "language": "java"}
LANGUAGE_INFO = {"name": "java", "file_extension": ".jshell", "mimetype": "text/x-java", "codemirror_mode": "text/x-java"}


def exercises():
    found = {}
    index = json.loads((EXERCISES / "index.json").read_text())
    for folder in index["chapters"]:
        data = json.loads((EXERCISES / folder / "exercises.json").read_text())
        for e in data.get("exercises", []):
            found[e["id"]] = e
    return found


def lines(text):
    text = text.strip("\n")
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + [parts[-1]] if text else []


def build(source, known):
    stem = source.stem
    cells = []

    def add(kind, text, tags=()):
        cell = {"cell_type": kind, "id": f"{stem[:2]}-{len(cells) + 1:03d}", "metadata": {}, "source": lines(text)}
        if tags:
            cell["metadata"]["tags"] = list(tags)
        if kind == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        cells.append(cell)

    blocks = []
    for line in source.read_text().split("\n"):
        if line.startswith("%%"):
            blocks.append([line[2:].split(), []])
        elif blocks:
            blocks[-1][1].append(line)
        elif line.strip():
            sys.exit(f"{source}: text before the first %% marker: {line!r}")
    for header, body in blocks:
        text = "\n".join(body)
        kind = header[0]
        if kind == "md":
            add("markdown", text)
        elif kind == "code":
            add("code", text, header[1:])
        elif kind == "exercise":
            ex_id = header[1]
            if ex_id not in known:
                sys.exit(f"{source}: exercise {ex_id} is not in lessons/exercises")
            e = known[ex_id]
            statement = (f"### Exercise {ex_id}: {e['title']}\n\n{e['statement']}\n\n"
                         f"Write your answer in the next cell, run it, then run `check(\"{ex_id}\")`. "
                         f"Stuck? `hint(\"{ex_id}\")` gives one hint per call.")
            add("markdown", statement)
            add("code", e.get("placeholder", "// your code here"), [f"exercise:{ex_id}"])
            add("code", f'check("{ex_id}")', [f"check:{ex_id}"])
        else:
            sys.exit(f"{source}: unknown cell kind {kind!r}")
    return {"cells": cells, "metadata": {"kernelspec": KERNELSPEC, "language_info": LANGUAGE_INFO},
            "nbformat": 4, "nbformat_minor": 5}


def main():
    known = exercises()
    OUT.mkdir(exist_ok=True)
    for source in sorted(SOURCES.glob("*.nb")):
        notebook = build(source, known)
        target = OUT / (source.stem + ".ipynb")
        target.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n")
        print(f"wrote {target.relative_to(ROOT)} ({len(notebook['cells'])} cells)")


if __name__ == "__main__":
    main()
