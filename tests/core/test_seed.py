"""The shipped example is the first test of everything."""

from __future__ import annotations

from collections import Counter

import pytest

from review.core.engine import check_document, fix_document
from review.core.scoring import Scorer
from review.formats.documents import read_document
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY, SEED_PAIRS, SEED_TEXT


def test_every_seed_line_is_one_segment_with_its_text_verbatim() -> None:
    if not SEED_TEXT.is_file():
        pytest.skip(f"the seed article is not beside this checkout ({SEED_TEXT})")
    document = read_document(SEED_PAIRS)
    seed_lines = SEED_TEXT.read_text(encoding="utf-8").split("\n")
    assert [s.mt for s in document.segments] == seed_lines
    assert all(s.source and s.reference for s in document.segments)


def test_seed_glossary_findings_are_exactly_the_known_inconsistencies() -> None:
    document = read_document(SEED_PAIRS)
    findings = check_document(document, read_glossary(NAMES_GLOSSARY))
    assert Counter((f.segment, f.text, f.suggestion) for f in findings) == Counter(
        {
            ("s04", "オープンAI ", "OpenAI"): 1,
            ("s11", "ルダラジュ", "ルッダラジュ"): 1,
            ("s15", "オープンAI", "OpenAI"): 1,
            ("s15", "スターゲート", "Stargate"): 1,
            ("s16", "ルダラジュ", "ルッダラジュ"): 1,
            ("s26", "オープンAI", "OpenAI"): 1,
            ("s30", "オープンAI", "OpenAI"): 1,
            ("s12", "才能", "人材"): 1,
            ("s19", "人工的な一般知能", "汎用人工知能"): 1,
            ("s20", "才能", "人材"): 1,
            ("s33", "インフラストラクチャー", "インフラ"): 1,
            ("s33", "ジェネレーティブAI", "生成AI"): 1,
        }
    )
    names = [f for f in findings if f.kind == "glossary"]
    assert len(names) == 7 and all(f.severity.value == "error" for f in names)
    preferences = [f for f in findings if f.kind == "term-preference"]
    assert len(preferences) == 5 and all(f.severity.value == "warning" for f in preferences)


def test_references_follow_the_glossary() -> None:
    glossary = read_glossary(NAMES_GLOSSARY)
    for segment in read_document(SEED_PAIRS).segments:
        assert segment.reference is not None
        as_reference = segment.revised(segment.reference)
        assert glossary.check(as_reference) == [], segment.id


def test_fixing_the_seed_raises_chrf_against_the_reference() -> None:
    glossary = read_glossary(NAMES_GLOSSARY)
    fixed, changed = fix_document(read_document(SEED_PAIRS), glossary)
    assert changed == 6
    assert [f.kind for f in check_document(fixed, glossary)] == ["term-preference"] * 5
    preferred, changed = fix_document(fixed, glossary, preferences=True)
    assert changed == 4 and check_document(preferred, glossary) == []
    scores = Scorer().document(fixed)
    assert scores.mt is not None and scores.revision is not None
    assert scores.revision.chrf > scores.mt.chrf
    assert scores.revision.ter < scores.mt.ter
