"""Recall of the QA checks on errors seeded into real translated segments (issue 15).

    python benchmarks/qa_seeded.py seed FILE... [-o tests/data/qa]   # write the seeded set
    python benchmarks/qa_seeded.py recall [--pythonpath DIR] [--pofilter]

`seed` takes real translated segments (any file `review` reads) and seeds one error into
each chosen one, from regular expressions of its own (not the checker's): a dropped
placeholder, a changed number, a changed URL, an extra line break, a leading ideographic
space, a forbidden spelling of a katakana word (with a glossary naming it), an emptied target
and a doubled particle. It writes `seeded.jsonl` (the note says where each came from and what
was seeded), `originals.jsonl` (the same segments unseeded) and `seeded.glossary.tsv`.

`recall` counts, per seeded kind, the segments where the expected kind of finding appears on
the seeded segment but not on its original; `--pythonpath` runs another checkout's `review`
(for a before-and-after table), `--pofilter` adds translate-toolkit's pofilter on the same
segments (written as PO).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data" / "qa"
PER_KIND = 40

# what each seeded error should be reported as, by review and by pofilter
EXPECTED = {
    "placeholder-dropped": ({"placeholder"}, {"variables", "printf", "pythonbraceformat"}),
    "number-changed": ({"number"}, {"numbers"}),
    "url-changed": ({"url"}, {"urls"}),
    "newline-added": ({"whitespace"}, {"newlines", "endwhitespace"}),
    "ideographic-space": ({"whitespace"}, {"startwhitespace"}),
    "forbidden-name": ({"glossary"}, set()),
    "target-emptied": ({"untranslated"}, {"untranslated"}),
    "particle-doubled": ({"repetition"}, {"doublewords"}),
}

_PLACEHOLDER = re.compile(
    r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:l|ll|h)?[sdifuxX@]|%\([A-Za-z_]+\)[sd]"
    r"|\{\{\s*[\w.]+\s*\}\}|\{[\w.]+\}|%[A-Za-z_]+%"
)
_NUMBER = re.compile(r"(?<![\w.%{$=])\d+(?![\w%}])")
_URL = re.compile(r"https?://[A-Za-z0-9.\-]+\.[a-z]{2,}[^\s\"'<>）」]*")
_ANY_URL = re.compile(r"[a-z]+://\S+")
_KATAKANA = re.compile(r"[ァ-ヺ][ァ-ヺー]{2,}ー")
_PARTICLE = re.compile(r"(?<=[一-龯ァ-ヺー])([をがはにでの])(?=[^をがはにでの])")
_JAPANESE = re.compile(r"[ぁ-んァ-ン一-龯]")


def _placeholder(source: str, target: str, rng: random.Random) -> str | None:
    found = [m for m in _PLACEHOLDER.finditer(target) if m.group(0) in source]
    if not found:
        return None
    m = rng.choice(found)
    return target[: m.start()] + target[m.end() :]


def _number(source: str, target: str, rng: random.Random) -> str | None:
    spans = [m.span() for m in _PLACEHOLDER.finditer(target)] + [
        m.span() for m in _ANY_URL.finditer(target)
    ]
    found = [
        m
        for m in _NUMBER.finditer(target)
        if re.search(rf"(?<!\d){m.group(0)}(?!\d)", source)
        and not any(a <= m.start() < b for a, b in spans)
    ]
    if not found:
        return None
    m = rng.choice(found)
    changed = m.group(0)[:-1] + str((int(m.group(0)[-1]) + 1) % 10)
    return target[: m.start()] + changed + target[m.end() :]


def _url(source: str, target: str, rng: random.Random) -> str | None:
    found = [m for m in _URL.finditer(target) if m.group(0) in source]
    if not found:
        return None
    m = rng.choice(found)
    url = m.group(0)
    host_start = url.index("//") + 2
    host_end = url.find("/", host_start)
    host_end = len(url) if host_end < 0 else host_end
    host = url[host_start:host_end]
    how = rng.randrange(3)
    if how == 0 and host.count(".") >= 2:  # a subdomain lost
        changed = url[:host_start] + host.split(".", 1)[1] + url[host_end:]
    elif how == 1 and host_end < len(url) - 1:  # the path cut short
        changed = url[:host_end]
    else:  # a letter of the host dropped
        cut = host_start + max(0, len(host) // 2 - 1)
        changed = url[:cut] + url[cut + 1 :]
    return target[: m.start()] + changed + target[m.end() :]


def _newline(source: str, target: str, rng: random.Random) -> str | None:
    if target.endswith("\n") != source.endswith("\n"):
        return None
    return target + "\n"


def _ideographic_space(source: str, target: str, rng: random.Random) -> str | None:
    if target[:1].isspace() or source[:1].isspace():
        return None
    return "\u3000" + target


def _emptied(source: str, target: str, rng: random.Random) -> str | None:
    return ""


def _particle(source: str, target: str, rng: random.Random) -> str | None:
    masked = _masked(target)
    found = list(_PARTICLE.finditer(masked))
    if not found:
        return None
    m = rng.choice(found)
    return target[: m.end()] + m.group(1) + target[m.end() :]


def _masked(text: str) -> str:
    for pattern in (_PLACEHOLDER, _URL, re.compile(r"<[^>]*>")):
        text = pattern.sub(lambda m: "\0" * len(m.group(0)), text)
    return text


SEEDERS = {
    "placeholder-dropped": _placeholder,
    "number-changed": _number,
    "url-changed": _url,
    "newline-added": _newline,
    "ideographic-space": _ideographic_space,
    "target-emptied": _emptied,
    "particle-doubled": _particle,
}


def _segments(paths: list[Path]) -> list[tuple[str, dict[str, str]]]:
    from review.formats.documents import read_document

    found = []
    for path in paths:
        for segment in read_document(path).segments:
            source, target = segment.source or "", segment.target
            if not source.strip() or not _JAPANESE.search(target) or segment.not_started:
                continue
            if re.fullmatch(r"[\w.\-]+", source.strip()):  # a message key
                continue
            found.append((path.name, {"id": segment.id, "source": source, "mt": target}))
    return found


def seed(paths: list[Path], out: Path) -> None:
    rng = random.Random(15)
    pool = _segments(paths)
    rng.shuffle(pool)
    used: set[tuple[str, str]] = set()
    seeded: list[dict[str, str]] = []
    originals: list[dict[str, str]] = []
    glossary: dict[str, str] = {}

    def take(kind: str, name: str, row: dict[str, str], target: str, detail: str = "") -> None:
        used.add((name, row["id"]))
        number = len(seeded) + 1
        note = f"{name} | {row['id']} | seeded: {kind}{detail}"
        seeded.append({"id": f"s{number}", "source": row["source"], "mt": target, "note": note})
        originals.append({"id": f"s{number}", "source": row["source"], "mt": row["mt"]})

    for kind, seeder in SEEDERS.items():
        count = 0
        for name, row in pool:
            if count >= PER_KIND or (name, row["id"]) in used:
                continue
            target = seeder(row["source"], row["mt"], rng)
            if target is None or target == row["mt"]:
                continue
            take(kind, name, row, target)
            count += 1
    count = 0
    for name, row in pool:
        if count >= PER_KIND or (name, row["id"]) in used:
            continue
        words = [w for w in _KATAKANA.findall(_masked(row["mt"])) if w not in glossary]
        if not words:
            continue
        word = rng.choice(words)
        variant = word[:-1]  # サーバー → サーバ, the commonest 表記ゆれ
        if variant in glossary.values() or variant in glossary:
            continue
        glossary[word] = variant
        take("forbidden-name", name, row, row["mt"].replace(word, variant, 1), f" ({word})")
        count += 1
    out.mkdir(parents=True, exist_ok=True)
    for file, rows in (("seeded.jsonl", seeded), ("originals.jsonl", originals)):
        (out / file).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    lines = ["id\ttype\tsource\taccepted\tforbidden"]
    lines += [f"g{i}\tterm\t\t{w}\t{v}" for i, (w, v) in enumerate(glossary.items(), start=1)]
    (out / "seeded.glossary.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(Counter(r["note"].rsplit("seeded: ", 1)[1].split(" ")[0] for r in seeded))


def _kind_of(note: str) -> str:
    return note.rsplit("seeded: ", 1)[1].split(" ")[0]


def _review_findings(path: Path, glossary: Path, pythonpath: str | None) -> dict[str, set[str]]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "review",
            "check",
            str(path),
            "--glossary",
            str(glossary),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tempfile.gettempdir(),
    )
    found: dict[str, set[str]] = defaultdict(set)
    for finding in json.loads(done.stdout)["findings"]:
        found[finding["segment"]].add(finding["kind"])
    return found


def _pofilter_findings(path: Path, folder: Path) -> dict[str, set[str]]:
    import polib

    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ja"}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        po.append(polib.POEntry(msgctxt=row["id"], msgid=row["source"], msgstr=row["mt"]))
    given = folder / f"{path.stem}.po"
    po.save(str(given))
    out = folder / f"{path.stem}.pofilter.po"
    subprocess.run(
        ["pofilter", "--language=ja", "--nofuzzy", str(given), str(out)],
        capture_output=True,
        check=True,
    )
    found: dict[str, set[str]] = defaultdict(set)
    if out.exists():
        for entry in polib.pofile(str(out)):
            for test in re.findall(r"\(pofilter\) (\w+):", entry.tcomment or ""):
                found[entry.msgctxt or ""].add(test)
    return found


def recall(folder: Path, pythonpath: str | None, pofilter: bool) -> None:
    seeded = folder / "seeded.jsonl"
    originals = folder / "originals.jsonl"
    glossary = folder / "seeded.glossary.tsv"
    kinds = {
        json.loads(line)["id"]: _kind_of(json.loads(line)["note"])
        for line in seeded.read_text(encoding="utf-8").splitlines()
    }
    tools = {
        "review": (
            _review_findings(seeded, glossary, pythonpath),
            _review_findings(originals, glossary, pythonpath),
            0,
        )
    }
    if pofilter:
        with tempfile.TemporaryDirectory() as scratch:
            tools["pofilter"] = (
                _pofilter_findings(seeded, Path(scratch)),
                _pofilter_findings(originals, Path(scratch)),
                1,
            )
    totals: Counter[str] = Counter(kinds.values())
    caught: dict[str, Counter[str]] = {tool: Counter() for tool in tools}
    for segment, kind in kinds.items():
        for tool, (after, before, column) in tools.items():
            expected = EXPECTED[kind][column]
            if (after[segment] - before[segment]) & expected:
                caught[tool][kind] += 1
    header = "| seeded error | n | " + " | ".join(tools) + " |"
    print(header)
    print("|---|---|" + "---|" * len(tools))
    for kind in EXPECTED:
        cells = [f"{caught[t][kind]} ({caught[t][kind] / totals[kind]:.0%})" for t in tools]
        print(f"| {kind} | {totals[kind]} | " + " | ".join(cells) + " |")
    all_cells = [
        f"{sum(caught[t].values())} ({sum(caught[t].values()) / len(kinds):.0%})" for t in tools
    ]
    print(f"| all | {len(kinds)} | " + " | ".join(all_cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    seeding = sub.add_parser("seed")
    seeding.add_argument("files", nargs="+", type=Path)
    seeding.add_argument("-o", "--out", type=Path, default=DATA)
    measuring = sub.add_parser("recall")
    measuring.add_argument("--data", type=Path, default=DATA)
    measuring.add_argument("--pythonpath", help="a checkout whose review to run")
    measuring.add_argument("--pofilter", action="store_true")
    args = parser.parse_args()
    if args.command == "seed":
        seed(args.files, args.out)
    else:
        recall(args.data, args.pythonpath, args.pofilter)


if __name__ == "__main__":
    main()
