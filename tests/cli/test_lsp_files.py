"""A document file as the language server holds it between two readings: after any run of
edits in the segments' texts, each segment-level finding is where a reading of the whole
file would place it, in the editor's units; an edit elsewhere moves what follows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review.cli.lsp_files import Placed, column, placed_findings, units
from review.core.checks import ALL_QA
from review.core.engine import Plan
from review.core.model import Document, FindingKind, Segment, Status
from review.core.workspace import EditorSettings
from review.formats.documents import render_document
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary
from review.formats.markdown import MarkdownOptions

NAMES = Path(__file__).resolve().parent.parent.parent / "glossary" / "names.tsv"
TARGETS = [
    "😀ルダラジュ氏が&来た。",
    "オープンAIの<話>は\n二行。",
    'スターゲート計画と"引用"、ルダラジュ。',
]


def _settings() -> EditorSettings:
    return EditorSettings(read_glossary(NAMES), NAMES, ALL_QA, [], MarkdownOptions())


def _file(fmt: str) -> tuple[Path, str]:
    path = Path("doc" + {"xliff": ".xlf", "po": ".po", "jsonl": ".jsonl", "csv": ".csv"}[fmt])
    segments = [
        Segment(f"s{n}", text, source=f"Source {n}.", status=Status.APPROVED)
        for n, text in enumerate(TARGETS)
    ]
    return path, render_document(Document(segments, path=path), fmt).decode("utf-8")


def _glossary_places(placed: Placed, encoding: str) -> list[tuple[str, str, object, object]]:
    return sorted(
        (p.finding.segment, p.finding.text, p.start, p.end)
        for p in placed.placings(encoding)
        if p.finding.kind is FindingKind.GLOSSARY
    )


_TYPED = st.sampled_from(["ルダラジュ", "OpenAI", "オープンAI", "x", "😀", "", "\n", "&", "ルッダ"])


@pytest.mark.parametrize("fmt", ["xliff", "po", "jsonl", "csv"])
@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_edits_keep_every_finding_where_a_reading_puts_it(
    fmt: str, encoding: str, data: st.DataObject
) -> None:
    path, text = _file(fmt)
    settings_ = _settings()
    plan = Plan(settings_.glossary, settings_.options)
    placed = placed_findings(path, text, fmt, settings_)
    placed.placings(encoding)
    for _ in range(data.draw(st.integers(1, 4))):
        if not placed.located:  # every text made unreadable without the whole file
            return
        segment_id = data.draw(st.sampled_from(sorted(placed.located)))
        where = placed.located[segment_id]
        first = placed.since.get(segment_id, 0)
        low, high = placed.moved(where.start, first), placed.moved(where.end, first)
        start = data.draw(st.integers(low, high))
        end = data.draw(st.integers(start, min(high, start + 3)))
        placed.edit(start, end, data.draw(_TYPED), plan)
    try:
        again = placed_findings(path, placed.source, fmt, settings_)
    except InputError:
        return  # the file does not read: the editor shows its error
    if placed.located.keys() != again.located.keys():
        return  # an edit outside the texts changed what the segments are
    assert _glossary_places(placed, encoding) == _glossary_places(again, encoding)


def test_an_edit_between_the_texts_moves_what_follows() -> None:
    path, text = _file("xliff")
    settings_ = _settings()
    placed = placed_findings(path, text, "xliff", settings_)
    before = _glossary_places(placed, "utf-16")
    at = text.index("<trans-unit", text.index("<trans-unit") + 1)  # before the second unit
    placed.edit(at, at, "\n\n", Plan(settings_.glossary, settings_.options))
    assert _glossary_places(placed, "utf-16") == _glossary_places(
        placed_findings(path, placed.source, "xliff", settings_), "utf-16"
    )
    assert _glossary_places(placed, "utf-16") != before


def test_columns_and_offsets_in_the_editors_units() -> None:
    line = "😀ルダ"
    assert units(line, 1, "utf-16") == 2 and units(line, 2, "utf-8") == 7
    assert column(line, 2, "utf-16") == 1 and column(line, 7, "utf-8") == 2
    assert column(line, 99, "utf-16") == 3
