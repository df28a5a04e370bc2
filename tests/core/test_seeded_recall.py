"""Recall on errors seeded into real translated segments (tests/data/qa, made by
benchmarks/qa_seeded.py from the real files' segments): each kind of seeded error is found
on its segment, and not because the segment had that finding already."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from review.core.checks import ALL_QA
from review.core.engine import check_document
from review.core.model import Document
from review.formats.documents import read_document
from review.formats.glossaries import read_glossary

DATA = Path(__file__).resolve().parents[1] / "data" / "qa"
EXPECTED = {
    "placeholder-dropped": "placeholder",
    "number-changed": "number",
    "url-changed": "url",
    "newline-added": "whitespace",
    "ideographic-space": "whitespace",
    "forbidden-name": "glossary",
    "target-emptied": "untranslated",
    "particle-doubled": "repetition",
}
# the recall of each kind today (benchmarks/RESULTS.md); before issue 15 only numbers (39 of
# 40), names (40) and doubled particles (35) were found
FLOOR = {
    "placeholder-dropped": 40,
    "number-changed": 40,
    "url-changed": 19,
    "newline-added": 38,
    "ideographic-space": 39,
    "forbidden-name": 40,
    "target-emptied": 40,
    "particle-doubled": 39,
}


def _kinds(document: Document, glossary_path: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for f in check_document(document, read_glossary(glossary_path), ALL_QA):
        found.setdefault(f.segment, set()).add(f.kind.value)
    return found


def test_every_kind_of_seeded_error_is_found() -> None:
    glossary = DATA / "seeded.glossary.tsv"
    seeded = read_document(DATA / "seeded.jsonl")
    after = _kinds(seeded, glossary)
    before = _kinds(read_document(DATA / "originals.jsonl"), glossary)
    seeded_kind = {
        json.loads(line)["id"]: json.loads(line)["note"].rsplit("seeded: ", 1)[1].split()[0]
        for line in (DATA / "seeded.jsonl").read_text(encoding="utf-8").splitlines()
    }
    caught: Counter[str] = Counter()
    for segment, kind in seeded_kind.items():
        if EXPECTED[kind] in after.get(segment, set()) - before.get(segment, set()):
            caught[kind] += 1
    fallen = {kind: (caught[kind], floor) for kind, floor in FLOOR.items() if caught[kind] < floor}
    assert not fallen, f"recall fell (found, before): {fallen}"
