"""The one check pipeline: the same findings whatever the strategy (pieces, processes), and
the registry that drives the switches, the config and the kinds."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review.cli import main
from review.cli.commands import build_parser
from review.core import engine
from review.core.checks import ALL_QA, CHECKS, FINDING_KINDS, QA_SWITCHES, CheckOptions
from review.core.engine import Plan, check_document, fix_document, runs, unrendered
from review.core.model import Document, Finding, FindingKind, Segment
from review.core.pool import Processes
from review.formats.documents import read_document
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS

DATA = Path(__file__).resolve().parent.parent / "data" / "prh"
NAMES = read_glossary(NAMES_GLOSSARY)
RULES = read_glossary(DATA / "main.yml")

_WORDS = [
    "オープンAI", "OpenAI", "ルッダラジュ", "ルダラジュ", "スターゲート", "Stargate", "サーバ",
    "ウェブ", "「引用」", '"引用"', "「", " ", "  ", "の", "のの", "12", "十二", "。", "、",
    "テスラ", "Tesla", "moonshot", "xAI", "\u3000",
]  # fmt: skip
_SOURCES = ["OpenAI hires 12 engineers.", "Stargate", "Tesla and xAI", "", "Hello world."]

segment_texts = st.lists(st.sampled_from(_WORDS), max_size=8).map("".join)
documents = st.lists(
    st.tuples(segment_texts, st.sampled_from([*_SOURCES, None])), min_size=1, max_size=12
).map(
    lambda rows: Document(
        [Segment(f"s{i}", mt, source=source) for i, (mt, source) in enumerate(rows)]
    )
)


def _strategies(document: Document, glossary: object, processes: int) -> list[Finding]:
    plan = Plan(glossary, ALL_QA)  # type: ignore[arg-type]
    pieces = runs(document.segments, size=1)  # a piece per segment
    found = engine.run(plan, lambda: pieces, unrendered, executor=Processes(processes, "fork"))
    return [f for piece in found for f in piece.findings]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from([None, NAMES, RULES]))
def test_a_piece_per_segment_finds_what_one_piece_finds(
    document: Document, glossary: object
) -> None:
    whole = check_document(document, glossary, ALL_QA)  # type: ignore[arg-type]
    assert _strategies(document, glossary, processes=1) == whole


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_two_processes_find_what_one_finds_on_the_example() -> None:
    seed = read_document(SEED_PAIRS).segments
    # five copies, the later ones worded apart: groups across pieces (inconsistency)
    copies = [
        Segment(f"{s.id}-{k}", s.mt + "！" * (k % 2), source=s.source)
        for k in range(5)
        for s in seed
    ]
    document = Document(copies)
    whole = check_document(document, NAMES, ALL_QA)
    assert whole and _strategies(document, NAMES, processes=2) == whole
    assert {f.kind for f in whole} >= {"glossary", "inconsistency", "quotes"}


def test_skipping_repetition_keeps_spacing() -> None:
    document = Document([Segment("a", "OpenAI の  発表ののこと")])
    every = {f.kind for f in check_document(document, None, ALL_QA)}
    assert {"spacing", "repetition"} <= every
    without = {f.kind for f in check_document(document, None, ALL_QA.without(["repetition"]))}
    assert "spacing" in without and "repetition" not in without


def test_the_registry_drives_the_kinds_and_the_switches() -> None:
    assert set(FINDING_KINDS) == {kind.value for kind in FindingKind}
    assert "rule-spans-lines" in FINDING_KINDS
    given = {kind for check in CHECKS for kind in check.kinds}
    assert set(QA_SWITCHES) == given - {FindingKind.VARIANT}
    skip = next(
        a
        for a in build_parser()._subparsers._group_actions[0].choices["check"]._actions
        if a.dest == "skip"
    )  # type: ignore[union-attr]
    assert set(skip.choices) == set(QA_SWITCHES)  # type: ignore[arg-type]
    off = CheckOptions().without(["variant"])
    assert not off.variants and off.key_terms


def test_every_kind_found_is_registered() -> None:
    found = check_document(read_document(SEED_PAIRS), NAMES, ALL_QA)
    assert {f.kind for f in found} <= set(FINDING_KINDS)
    assert all(isinstance(f.kind, FindingKind) for f in found)


def test_streamed_json_is_the_document_as_one_json_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("オープンAI の発表\n\nルダラジュ\n", encoding="utf-8")
    assert main(["check", str(doc), "--glossary", str(NAMES_GLOSSARY), "--format", "json"]) == 1
    out = capsys.readouterr().out
    data = json.loads(out)
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert data["segments"] == 3 and data["summary"]["error"] == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("普通の文。\n", encoding="utf-8")
    assert main(["check", str(empty), "--no-glossary", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert (
        json.loads(out)["findings"] == []
        and out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    )


def test_fix_passes_by_a_segment_its_tool_locked() -> None:
    segments = [Segment("1", "オープンAIの発表", locked=True), Segment("2", "オープンAIの発表")]
    fixed, changed = fix_document(Document(segments), read_glossary(NAMES_GLOSSARY))
    assert changed == 1
    assert fixed.segments[0] is segments[0]
    assert fixed.segments[1].revision == "OpenAIの発表"
