"""Check a labelled 表記ゆれ set before it is committed (issue 17's corpora writers run it).

    python benchmarks/discovery_validate.py SETDIR/a.json SETDIR/b.json SETDIR/c.json

Each file is a corpus in the format of tests/data/discovery/ and SETDIR/kinds.json gives each
group's kind (orthographic, katakana, multi, short). It checks the format, that every listed
spelling and every distinct word occurs in its document, and the set's minimum counts, and
it prints words that look like unlisted variants for the writer to check by eye. The writers'
brief is tests/data/discovery/BRIEF.md; writers get both as copies outside the repository.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

KINDS = {"orthographic", "katakana", "multi", "short"}
NEEDED = {
    "documents": 9,
    "segments": 240,
    "groups": 42,
    "orthographic": 20,
    "katakana": 12,
    "multi": 4,
    "short": 4,
    "distinct": 28,
    "kudasai pairs": 1,
    "koto pairs": 1,
}
_KATAKANA = re.compile(r"[ァ-ヴー・]{3,}")
_KANJI_AND_KANA = (
    ("出来", "でき"),
    ("下さい", "ください"),
    ("頂", "いただ"),
    ("事", "こと"),
    ("時", "とき"),
    ("物", "もの"),
    ("分か", "わか"),
    ("子供", "子ども"),
    ("予め", "あらかじめ"),
    ("致", "いた"),
)


def check_document(doc: dict[str, Any], where: str, kinds: list[str] | None) -> list[str]:
    problems = []
    if set(doc) != {"name", "topic", "segments", "groups", "distinct"}:
        problems.append(f"{where}: keys must be name, topic, segments, groups, distinct")
    segments = doc.get("segments", [])
    if not 27 <= len(segments) <= 30:
        problems.append(f"{where}: {len(segments)} segments (27-30)")
    ids = [s.get("id") for s in segments]
    if len(set(ids)) != len(ids):
        problems.append(f"{where}: duplicate segment ids")
    for s in segments:
        if set(s) != {"id", "source", "mt"} or not all(
            isinstance(v, str) and v.strip() for v in s.values()
        ):
            problems.append(f"{where}: segment {s.get('id')} needs non-empty id, source, mt")
    text = "\n".join(s.get("mt", "") for s in segments)
    groups = doc.get("groups", [])
    seen: dict[str, list[str]] = {}
    for group in groups:
        if (
            not isinstance(group, list)
            or len(group) < 2
            or len(set(group)) != len(group)
            or not all(isinstance(x, str) and x for x in group)
        ):
            problems.append(f"{where}: bad group {group}")
            continue
        for spelling in group:
            if spelling not in text:
                problems.append(f"{where}: spelling {spelling!r} of {group} not in the mt")
            if seen.setdefault(spelling, group) != group:
                problems.append(f"{where}: {spelling!r} in two groups")
    if kinds is None or len(kinds) != len(groups) or not set(kinds) <= KINDS:
        problems.append(f"{where}: kinds.json needs one kind per group ({len(groups)})")
    distinct = doc.get("distinct", [])
    for pair in distinct:
        well_formed = isinstance(pair, list) and len(pair) == 3
        if not (well_formed and all(isinstance(x, str) and x for x in pair)):
            problems.append(f"{where}: bad distinct {pair}")
            continue
        a, b, _ = pair
        problems += [f"{where}: distinct word {w!r} not in the mt" for w in (a, b) if w not in text]
        if any(a in g and b in g for g in groups):
            problems.append(f"{where}: distinct {a}/{b} is also a group")
    listed = {s for g in groups for s in g}
    by_key: dict[str, set[str]] = {}
    for word in _KATAKANA.findall(text):
        by_key.setdefault(word.replace("ー", "").replace("・", ""), set()).add(word)
    for words in by_key.values():
        if len(words) > 1 and not words & listed:
            print(f"check by eye, {where}: {sorted(words)}")
    pairs = [{p[0], p[1]} for p in distinct if isinstance(p, list) and len(p) == 3]
    for pair in _KANJI_AND_KANA:
        if (
            all(p in text for p in pair)
            and not any(p in listed for p in pair)
            and not any(set(pair) <= p for p in pairs)
        ):
            print(f"check by eye, {where}: both {pair[0]} and {pair[1]} occur")
    return problems


def main(paths: list[Path]) -> int:
    problems: list[str] = []
    totals: Counter[str] = Counter()
    kinds_path = paths[0].parent / "kinds.json"
    kinds = json.loads(kinds_path.read_text(encoding="utf-8")) if kinds_path.exists() else {}
    if not kinds:
        problems.append(f"{kinds_path}: missing")
    for path in paths:
        try:
            corpus = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            problems.append(f"{path}: not JSON: {error}")
            continue
        if set(corpus) != {"about", "documents"}:
            problems.append(f"{path}: keys must be about, documents")
        for doc in corpus.get("documents", []):
            own = kinds.get(path.name, {}).get(doc.get("name"))
            problems += check_document(doc, f"{path.name}/{doc.get('name', '?')}", own)
            totals["documents"] += 1
            totals["segments"] += len(doc.get("segments", []))
            totals["groups"] += len(doc.get("groups", []))
            totals.update(own or [])
            for pair in doc.get("distinct", []):
                totals["distinct"] += 1
                totals["kudasai pairs"] += "下さい" in pair[:2]
                totals["koto pairs"] += "事" in pair[:2] or "こと" in pair[:2]
    print("counts:", dict(totals))
    problems += [f"set: {k} {totals[k]} < {v}" for k, v in NEEDED.items() if totals[k] < v]
    print("\n".join(problems) if problems else "no problem")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main([Path(p) for p in sys.argv[1:]]))
