"""Precision of the QA findings on real files no rule was fitted to, judged blind (issue 15).

    python benchmarks/qa_precision.py counts DIR [--pythonpath CHECKOUT]
    python benchmarks/qa_precision.py sample DIR OUT [--review N] [--pofilter N]
    python benchmarks/qa_precision.py score OUT
    python benchmarks/qa_precision.py rescore OUT DIR
    python benchmarks/qa_precision.py tally [--first N] [--last N] [--pythonpath CHECKOUT]

`counts` runs `review check --no-glossary` (`--pythonpath`: another checkout's, given a PO
file as JSONL if it predates the PO reader) and translate-toolkit's `pofilter --language=ja`
(its default tests, less `isfuzzy`, which is a status and not a finding) on every file of DIR
and prints the findings per kind and per 100 segments.

`sample` draws findings of both tools on DIR's files: up to `--review` of review's (every
kind at least `--per-kind` times, all of it when it has fewer), `--variants` variants (their
precision is the 表記ゆれ issue's) and `--pofilter` findings of pofilter, stratified by
test; one finding a segment and kind. It writes OUT/items.jsonl, the items
for the judge in random order, each a segment (source, target, the segments it is compared
with) and a claimed problem in neutral words that do not say which tool made it (with the
place in the target marked where the tool gives one), and
OUT/key.jsonl, which the judge does not see: the tool, its kind and its message.

`score` reads the judges' OUT/labels-*.csv (item, label real|false, reason; an item two
judges labelled counts with the first one's label) and prints the precision of each kind of
each tool, and of each tool overall, and how often the judges agree.

`rescore` runs the checks as they are now on DIR and counts which of OUT's judged review
findings they still give: what became of a round after its reasons tuned the checks (not a
held-out figure). `tally` does so for every judged round in tests/data/qa at once (each
judged-roundN with its heldout-roundN), the figures after every fit by kind.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

QA_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "qa"
# Each tool's kinds, in neutral words: the claim the judge checks.
CATEGORY = {
    "placeholder": "markup",
    "url": "url",
    "whitespace": "whitespace",
    "number": "number",
    "untranslated": "untranslated",
    "spacing": "spacing",
    "repetition": "repetition",
    "quotes": "quotes",
    "sentence-shape": "punctuation",
    "inconsistency": "consistency",
    "variant": "spelling",
    # pofilter's tests
    "printf": "markup",
    "pythonbraceformat": "markup",
    "variables": "markup",
    "xmltags": "markup",
    "validxml": "markup",
    "urls": "url",
    "emails": "url",
    "filepaths": "url",
    "newlines": "whitespace",
    "endwhitespace": "whitespace",
    "startwhitespace": "whitespace",
    "doublespacing": "whitespace",
    "escapes": "whitespace",
    "tabs": "whitespace",
    "numbers": "number",
    "unchanged": "untranslated",
    "doublewords": "repetition",
    "doublequoting": "quotes",
    "singlequoting": "quotes",
    "brackets": "quotes",
    "endpunc": "punctuation",
    "startpunc": "punctuation",
    "puncspacing": "punctuation",
    "purepunc": "punctuation",
    "sentencecount": "punctuation",
    "short": "length",
    "long": "length",
    "accelerators": "accelerator",
    "simplecaps": "capitals",
    "startcaps": "capitals",
    "acronyms": "acronym",
    "options": "markup",
    "functions": "markup",
    "kdecomments": "other",
    "simpleplurals": "other",
    "spellcheck": "other",
}
CLAIM = {
    "markup": "A placeholder, tag, variable or command-line option differs between source and "
    "target (missing, added or changed)",
    "url": "A URL, e-mail address or file path differs between source and target",
    "whitespace": "Whitespace, line breaks or escapes (\\n) differ from the source",
    "number": "A number of the source is missing or changed in the target",
    "untranslated": "Text is left untranslated (English where Japanese is expected)",
    "spacing": "A stray, missing or doubled space in the Japanese",
    "repetition": "A word or particle is repeated by mistake",
    "quotes": "Quotes or brackets are unpaired, or quoted in a different style than elsewhere",
    "punctuation": "Punctuation is wrong or differs from the source where it should not",
    "consistency": "Translated inconsistently with the other segments shown",
    "spelling": "A word is spelled more than one way in the document (表記ゆれ)",
    "length": "The translation is much shorter or longer than the source: something may be "
    "missing or added",
    "accelerator": "A keyboard accelerator (&File, _File) is missing or differs",
    "capitals": "Capitalisation differs from the source",
    "acronym": "An acronym of the source is missing from the target",
    "other": "Something differs from the source",
}
EXCLUDED_TESTS = ("isfuzzy",)
MOST = 50  # findings of one kind judged at most, unless told


def _env(pythonpath: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return env


def file_name(path: Path) -> str:
    """A file's name in a round's folder: Android and Apple strings by their project and
    folder (`owner__repo/values-ja/strings.xml`, `owner__repo/ja.lproj/Localizable.strings`),
    their source being beside them."""
    paired = path.parent.name.startswith("values-") or path.parent.name.endswith(".lproj")
    return "/".join(path.parts[-3:]) if paired else path.name


def documents_in(folder: Path) -> list[Path]:
    """A round's documents: its files, and the Japanese strings of each Android or Apple
    project."""
    found: list[Path] = []
    for path in sorted(folder.iterdir()):
        if not path.is_dir():
            found.append(path)
            continue
        found.extend(sorted(path.glob("values-*/strings.xml")))
        found.extend(sorted(path.glob("ja*.lproj/*.strings")))
    return found


def _segments(path: Path) -> dict[str, Any]:
    from review.formats.documents import read_document

    return {s.id: s for s in read_document(path).segments}


def review_findings(path: Path, pythonpath: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    if pythonpath and path.suffix == ".po":  # a version before PO was read: its JSONL
        with tempfile.TemporaryDirectory() as scratch:
            converted = Path(scratch) / f"{path.stem}.jsonl"
            rows = [{"id": s.id, "source": s.source, "mt": s.mt} for s in _segments(path).values()]
            converted.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
            )
            segments, found = review_findings(converted, pythonpath)
            return segments, [f | {"file": file_name(path)} for f in found]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "review",
            "check",
            str(path.resolve()),
            "--no-glossary",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        env=_env(pythonpath),
        cwd=tempfile.gettempdir(),
    )
    if not done.stdout.strip():  # refused (a malformed file): its one line, and no findings
        print(done.stderr.strip() or f"{path}: review gave no report", file=sys.stderr)
        return 0, []
    report = json.loads(done.stdout)
    found = [
        {
            "tool": "review",
            "file": file_name(path),
            "segment": f["segment"],
            "kind": f["kind"],
            "text": f["text"],
            "message": f["message"],
            "span": [f["start"], f["end"]],
        }
        for f in report["findings"]
    ]
    return report["segments"], found


def _po_key(entry: Any) -> str:
    from review.formats.po import _key

    return str(_key(entry))


def _comment_lines_mended(text: str) -> str:
    """pofilter's output with its multi-line notes kept in their comment (translate-toolkit
    3.20.4 writes the untranslated test's description over several lines, the later ones
    without #, which no PO reader takes)."""
    lines = text.split("\n")
    mended: list[str] = []
    for i, line in enumerate(lines):
        in_note = bool(mended) and mended[-1].startswith("#")
        if line and not line.startswith(("#", "msg", '"')):
            line = "# " + line
        elif not line and in_note and i + 1 < len(lines) and lines[i + 1][:1] not in ("", "#", "m"):
            line = "#"
        mended.append(line)
    return "\n".join(mended)


def pofilter_findings(path: Path) -> list[dict[str, Any]]:
    import polib
    from lxml import etree

    from review.formats.review_ids import shown

    with tempfile.TemporaryDirectory() as scratch:
        if path.suffix == ".ts":  # pofilter reads no TS: translate-toolkit's ts2po first
            converted = Path(scratch) / "converted.po"
            subprocess.run(["ts2po", str(path), str(converted)], capture_output=True, check=True)
            return [f | {"file": file_name(path)} for f in pofilter_findings(converted)]
        if path.suffix in (".xcstrings", ".xml", ".strings"):  # nor a string catalog (as
            # Xcode exports it, XLIFF), nor Android or Apple strings
            from dataclasses import replace

            from review.core.model import Status
            from review.formats.documents import read_document, render_document

            converted = Path(scratch) / "converted.xlf"
            document = read_document(path)
            done = [  # its translated strings as translated, not as the review's new ones
                replace(s, status=Status.APPROVED)
                if s.tool_status == "translated" or (path.suffix != ".xcstrings" and s.target)
                else s
                for s in document.segments
            ]
            document = replace(document, segments=done)
            converted.write_bytes(render_document(document, "xliff12", target_lang="ja"))
            return [f | {"file": file_name(path)} for f in pofilter_findings(converted)]
        out = Path(scratch) / f"out{path.suffix}"
        command = ["pofilter", "--language=ja", "--nofuzzy", str(path), str(out)]
        command += [f"--excludefilter={test}" for test in EXCLUDED_TESTS]
        subprocess.run(command, capture_output=True, check=True)
        if not out.exists():
            return []
        found: list[tuple[str, str]] = []
        if path.suffix == ".po":
            for entry in polib.pofile(_comment_lines_mended(out.read_text(encoding="utf-8"))):
                if entry.obsolete:  # pofilter tests #~ messages too; they are not segments
                    continue
                for test, message in re.findall(r"\(pofilter\) (\w+): ([^\n]*)", entry.tcomment):
                    found.append((_po_key(entry), f"{test}\t{message}"))
                    if path.name == "converted.po":  # ts2po's: the context is in #:
                        context = entry.occurrences[0][0].split("%23")[0]
                        comment = (entry.msgctxt or "").removeprefix(f"{context}#")
                        where = (
                            context if comment.isdigit() or not comment else f"{context}|{comment}"
                        )
                        found[-1] = (shown(f"[{where}] {entry.msgid}"), found[-1][1])
        else:
            root = etree.parse(str(out)).getroot()
            for unit in root.iter("{*}trans-unit"):
                for note in unit.iter("{*}note"):
                    if note.get("from") == "pofilter":
                        test, _, message = (note.text or "").partition(": ")
                        found.append((unit.get("id") or "", f"{test}\t{message.splitlines()[0]}"))
    return [
        {
            "tool": "pofilter",
            "file": file_name(path),
            "segment": segment,
            "kind": what.split("\t")[0],
            "text": "",
            "message": what.split("\t")[1],
        }
        for segment, what in found
    ]


def counts(folder: Path, pythonpath: str | None, pofilter: bool = True) -> None:
    total = 0
    by_tool: dict[str, Counter[str]] = {"review": Counter(), "pofilter": Counter()}
    for path in documents_in(folder):
        segments, found = review_findings(path, pythonpath)
        total += segments
        by_tool["review"].update(f["kind"] for f in found)
        if pofilter:
            by_tool["pofilter"].update(f["kind"] for f in pofilter_findings(path))
    for tool, kinds in by_tool.items():
        if not kinds and tool == "pofilter":
            continue
        n = sum(kinds.values())
        rate = f"{100 * n / total:.1f}" if total else "-"
        print(f"{tool}: {n} findings in {total} segments, {rate} per 100 segments")
        print("  " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


def _others(finding: dict[str, Any], segments: dict[str, Any]) -> list[dict[str, str]]:
    """The segments a consistency finding compares its segment with, as the check reads them
    (review.core.qa.consistency): those with its source and another target, or with its
    target and another source."""
    from review.core.qa.consistency import consistency_rows

    if finding["kind"] != "inconsistency" or finding["segment"] not in segments:
        return []
    rows = {row.segment: row for row in consistency_rows(segments.values())}
    own = rows.get(finding["segment"])
    if own is None:
        return []
    same_source = "same source" in finding["message"]
    shown = []
    for row in rows.values():
        if row.segment == own.segment or len(shown) == 2:
            continue
        if same_source:
            wanted = (row.context, row.source) == (own.context, own.source)
            wanted = wanted and row.target != own.target
        else:
            wanted = row.target == own.target and row.source != own.source
        if wanted:
            other = segments[row.segment]
            shown.append({"source": other.source or "", "target": other.target})
    return shown


def _at(target: str, span: list[int] | None) -> str:
    """Where in the target the claim points, marked ⟦…⟧ with a little text either side."""
    if not span or span == [0, 0]:
        return ""
    start, end = span
    return f"{target[max(0, start - 12) : start]}⟦{target[start:end]}⟧{target[end : end + 12]}"


def _detail(finding: dict[str, Any]) -> str:
    """What the claim is about, in neutral words: the quoted items of a message, or the text
    a finding points at."""
    if finding["kind"] == "variant":
        return finding["message"].split(" (")[0].replace("spelled", "written")
    quoted = re.findall(r"“([^”]+)”", finding["message"])
    if finding["tool"] == "pofilter":
        quoted = re.findall(r": (.+)$", finding["message"]) or []
    if finding["text"] and finding["text"].strip():
        quoted.insert(0, finding["text"])
    where = next((w for k, w in _WHERE.items() if k in finding["message"]), None)
    where = _WHERE.get(finding["kind"], where)
    if where:
        quoted = [where] if finding["tool"] == "pofilter" else [where, *quoted]
    return ", ".join(dict.fromkeys(q.strip()[:80] for q in quoted if q.strip()))


# where a whitespace or punctuation claim is, in the same words for both tools
_WHERE = {
    "starts with": "at the start",
    "ends with": "at the end",
    "line break": "line breaks",
    "escape": "escapes",
    "double space": "double spaces",
    "sentence-final": "at the end",
    "run-on": "between two sentences",
    "startwhitespace": "at the start",
    "endwhitespace": "at the end",
    "newlines": "line breaks",
    "escapes": "escapes",
    "doublespacing": "double spaces",
    "startpunc": "at the start",
    "endpunc": "at the end",
    "puncspacing": "spacing around punctuation",
    "sentencecount": "number of sentences",
}


def sample(
    folder: Path,
    out: Path,
    per_kind: int,
    review_total: int,
    variant_total: int,
    pofilter_total: int,
    most: int = MOST,
) -> None:
    from review.formats.errors import InputError

    rng = random.Random(15)
    documents: dict[str, dict[str, Any]] = {}
    for path in documents_in(folder):
        try:
            documents[file_name(path)] = _segments(path)
        except InputError as exc:  # refused: its one line, and nothing of it sampled
            print(f"review: {exc}", file=sys.stderr)
    review: list[dict[str, Any]] = []
    pofilter: list[dict[str, Any]] = []
    for path in sorted(folder / name for name in documents):
        review.extend(review_findings(path)[1])
        pofilter.extend(pofilter_findings(path))
    variants = [f for f in review if f["kind"] == "variant"]
    rng.shuffle(variants)
    chosen = _stratified(
        rng, [f for f in review if f["kind"] != "variant"], per_kind, review_total, most
    )
    chosen += variants[:variant_total]
    chosen += _stratified(rng, pofilter, 1, pofilter_total)
    rng.shuffle(chosen)
    out.mkdir(parents=True, exist_ok=True)
    items, keys = [], []
    for number, finding in enumerate(chosen, start=1):
        segments = documents[finding["file"]]
        segment = _find(segments, finding["segment"])
        if segment is None:
            continue
        category = CATEGORY.get(finding["kind"], "other")
        items.append(
            {
                "item": number,
                "source": segment.source or "",
                "target": segment.target,
                "claim": CLAIM[category],
                "about": _detail(finding),
                "at": _at(segment.target, finding.get("span")),
                "compared_with": _others(finding, segments),
            }
        )
        keys.append({"item": number, **finding, "category": category})
    for name, rows in (("items.jsonl", items), ("key.jsonl", keys)):
        (out / name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
    print(f"{len(items)} items: {Counter(k['tool'] for k in keys)}")
    print(Counter(k["kind"] for k in keys if k["tool"] == "review"))


def _find(segments: dict[str, Any], wanted: str) -> Any:
    if wanted in segments:
        return segments[wanted]
    return next((s for i, s in segments.items() if i.split("/")[-1] == wanted), None)


def _stratified(
    rng: random.Random, found: list[dict[str, Any]], per_kind: int, total: int, most: int = MOST
) -> list[dict[str, Any]]:
    """At least `per_kind` of each kind (all when fewer), the rest drawn at random, one
    finding a segment and kind."""
    unique = list({(f["file"], f["segment"], f["kind"]): f for f in found}.values())
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in unique:
        by_kind[f["kind"]].append(f)
    chosen: list[dict[str, Any]] = []
    for kind in sorted(by_kind):
        rng.shuffle(by_kind[kind])
        chosen.extend(by_kind[kind][:per_kind])
    rest = [f for kind in sorted(by_kind) for f in by_kind[kind][per_kind:most]]
    rng.shuffle(rest)
    return chosen + rest[: max(0, total - len(chosen))]


def _labels(out: Path) -> tuple[dict[int, str], list[tuple[int, str, str]]]:
    """Each item's label, from the first judge's file that has it (labels-A.csv, -B, …), or
    from a relabels-*.csv (items judged again: the first showing lacked what the judge
    needed), and the items two judges labelled: (item, first label, second label)."""
    labels: dict[int, str] = {}
    twice: list[tuple[int, str, str]] = []
    for path in sorted(out.glob("labels-*.csv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                item, label = int(row["item"]), row["label"].strip().lower()
                if item in labels:
                    twice.append((item, labels[item], label))
                else:
                    labels[item] = label
    for path in sorted(out.glob("relabels-*.csv")):  # judged again, with what was missing
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                labels[int(row["item"])] = row["label"].strip().lower()
    return labels, twice


def score(out: Path) -> None:
    keys = {
        int(row["item"]): row
        for row in map(json.loads, (out / "key.jsonl").read_text(encoding="utf-8").splitlines())
    }
    labels, twice = _labels(out)
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for item, label in labels.items():
        key = keys[item]
        table[(key["tool"], kind_now(key))][label] += 1
        if key["kind"] != "variant":
            table[(key["tool"], "all but variants")][label] += 1
        table[(key["tool"], "all")][label] += 1
    print("| tool | kind | judged | real | precision |")
    print("|---|---|---|---|---|")
    for (tool, kind), counted in sorted(
        table.items(), key=lambda kv: (kv[0][0], kv[0][1].startswith("all"), kv[0][1])
    ):
        judged = sum(counted.values())
        real = counted["real"]
        print(f"| {tool} | {kind} | {judged} | {real} | {real / judged:.0%} |")
    agreed = sum(1 for _, a, b in twice if a == b)
    print(f"\njudges agree on {agreed} of {len(twice)} items labelled twice")


def rescore(rounds: list[tuple[Path, Path]], pythonpath: str | None = None) -> None:
    """The judged review findings that the checks as they are now still give (the same kind
    on the same segment, the same text where it had one), real and false: what became of
    each round (its OUT, judged, and its DIR of files) once its reasons tuned the checks. Not
    a held-out figure."""
    keys = []
    for out, folder in rounds:
        labels, _ = _labels(out)
        for line in (out / "key.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["tool"] == "review" and row["item"] in labels:
                keys.append((folder, row | {"kind": kind_now(row)}, labels[row["item"]]))
    paths = sorted({folder / row["file"] for folder, row, _ in keys})
    now: set[tuple[Path, str, str, str]] = set()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for path, (_, found) in zip(
            paths, pool.map(lambda p: review_findings(p, pythonpath), paths), strict=True
        ):
            for f in found:
                now.add((path, f["segment"], f["kind"], f["text"]))
                now.add((path, f["segment"], f["kind"], ""))
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for folder, row, label in keys:
        still = (folder / row["file"], row["segment"], row["kind"], row["text"]) in now
        outcome = f"{'kept' if still else 'dropped'} {label}"
        table[row["kind"]][outcome] += 1
        table["all variants" if row["kind"] == "variant" else "all but variants"][outcome] += 1
    print("| kind | kept real | kept false | dropped real | dropped false | precision now |")
    print("|---|---|---|---|---|---|")
    for kind, n in sorted(table.items(), key=lambda kv: (kv[0].startswith("all"), kv[0])):
        kept = n["kept real"] + n["kept false"]
        precision = f"{n['kept real'] / kept:.1%}" if kept else "-"
        print(
            f"| {kind} | {n['kept real']} | {n['kept false']} | {n['dropped real']} | "
            f"{n['dropped false']} | {precision} |"
        )


def kind_now(row: dict[str, Any]) -> str:
    """The kind a judged finding has now: one translation given to different sources was an
    inconsistency until it became `shared-translation`."""
    if row["kind"] == "inconsistency" and row["message"].startswith("this translation is"):
        return "shared-translation"
    return str(row["kind"])


def judged_rounds(first: int, last: int) -> list[tuple[Path, Path]]:
    """Each judged round from `first` to `last` with the folder of its files."""
    found = []
    for out in QA_DATA.glob("judged-round*"):
        number = int(out.name.removeprefix("judged-round"))
        if first <= number <= last and (out / "key.jsonl").exists():
            found.append((number, out, QA_DATA / f"heldout-round{number}"))
    return [(out, folder) for _, out, folder in sorted(found)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    counting = sub.add_parser("counts")
    counting.add_argument("folder", type=Path)
    counting.add_argument("--pythonpath")
    counting.add_argument("--no-pofilter", action="store_true")
    sampling = sub.add_parser("sample")
    sampling.add_argument("folder", type=Path)
    sampling.add_argument("out", type=Path)
    sampling.add_argument("--per-kind", type=int, default=12)
    sampling.add_argument("--review", type=int, default=400, help="review findings, variants aside")
    sampling.add_argument("--variants", type=int, default=30)
    sampling.add_argument("--most", type=int, default=MOST, help="of one kind, at most")
    sampling.add_argument("--pofilter", type=int, default=90)
    scoring = sub.add_parser("score")
    scoring.add_argument("out", type=Path)
    rescoring = sub.add_parser("rescore")
    rescoring.add_argument("out", type=Path)
    rescoring.add_argument("folder", type=Path)
    tallying = sub.add_parser("tally")
    tallying.add_argument("--first", type=int, default=1)
    tallying.add_argument("--last", type=int, default=10**6)
    tallying.add_argument("--pythonpath")
    args = parser.parse_args()
    if args.command == "counts":
        counts(args.folder, args.pythonpath, not args.no_pofilter)
    elif args.command == "sample":
        sample(
            args.folder,
            args.out,
            args.per_kind,
            args.review,
            args.variants,
            args.pofilter,
            args.most,
        )
    elif args.command == "rescore":
        rescore([(args.out, args.folder)])
    elif args.command == "tally":
        rescore(judged_rounds(args.first, args.last), args.pythonpath)
    else:
        score(args.out)


if __name__ == "__main__":
    main()
