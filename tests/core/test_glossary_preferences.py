"""Preferred terms: discouraged forms are warnings of their own kind, fixed only when asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.glossary import (
    PREFERENCE_KIND,
    Entry,
    EntryType,
    Glossary,
    GlossaryError,
    Variant,
)
from review.core.model import Segment, Severity
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary, write_glossary

GENAI = Entry(
    id="genai",
    accepted=("生成AI",),
    source=("generative AI",),
    variants=(Variant("ジェネレイティブAI", "生成AI"),),
    discouraged=(Variant("ジェネレーティブAI", "生成AI"),),
    type=EntryType.TERM,
)
TALENT = Entry(
    id="talent",
    accepted=("人材",),
    source=("talent",),
    discouraged=(Variant("才能", "人材"),),
    type=EntryType.TERM,
)
INFRA = Entry(
    id="infra",
    accepted=("インフラ",),
    discouraged=(Variant("インフラストラクチャー", "インフラ"),),
    type=EntryType.TERM,
)
GLOSSARY = Glossary([GENAI, TALENT, INFRA])


def test_a_discouraged_form_is_a_preference_warning_with_the_preferred_form() -> None:
    [finding] = GLOSSARY.check(Segment("s1", "ジェネレーティブAIモデルが向上した", source="x"))
    assert finding.kind == PREFERENCE_KIND == "term-preference"
    assert finding.severity is Severity.WARNING
    assert finding.rule == "preference:genai"
    assert (finding.text, finding.suggestion) == ("ジェネレーティブAI", "生成AI")
    assert "not the preferred term" in finding.message


def test_a_forbidden_variant_of_the_same_entry_stays_an_error() -> None:
    [finding] = GLOSSARY.check(Segment("s1", "ジェネレイティブAIが"))
    assert (finding.kind, finding.severity, finding.rule) == (
        "glossary",
        Severity.ERROR,
        "glossary:genai",
    )


def test_a_discouraged_form_counts_as_the_term_being_there() -> None:
    """No term-missing on top of the preference finding."""
    found = GLOSSARY.check(Segment("s1", "エンジニアリングの才能", source="engineering talent"))
    assert [f.kind for f in found] == [PREFERENCE_KIND]
    missing = GLOSSARY.check(Segment("s2", "エンジニア", source="engineering talent"))
    assert [f.kind for f in missing] == ["term-missing"]


def test_an_accepted_form_inside_a_discouraged_one_is_not_a_finding_of_its_own() -> None:
    found = GLOSSARY.check(Segment("s1", "より多くのインフラストラクチャーとインフラ"))
    assert [(f.text, f.kind) for f in found] == [("インフラストラクチャー", PREFERENCE_KIND)]


def test_fix_applies_preferences_only_when_asked() -> None:
    segment = Segment("s1", "才能とジェネレイティブAIとジェネレーティブAI")
    assert GLOSSARY.fix(segment).target == "才能と生成AIとジェネレーティブAI"
    assert GLOSSARY.fix(segment, preferences=True).target == "人材と生成AIと生成AI"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            [Entry("a", ("人材",), discouraged=(Variant("人材", "人材"),))],
            "discouraged form “人材” equals one of its accepted forms",
        ),
        (
            [
                Entry(
                    "a",
                    ("人材",),
                    variants=(Variant("才能", "人材"),),
                    discouraged=(Variant("才能", "人材"),),
                )
            ],
            "listed both as a forbidden variant and as a discouraged form",
        ),
        (
            [
                Entry("a", ("人材",), discouraged=(Variant("才能", "人材"),)),
                Entry("b", ("才能",)),
            ],
            "discouraged form “才能” is an accepted form of entry “b”",
        ),
        (
            [Entry("a", ("人材",), discouraged=(Variant("才能", "人財"),))],
            "replacement “人財” for “才能” is not one of its accepted forms",
        ),
    ],
)
def test_ambiguous_preferences_are_refused(entries: list[Entry], message: str) -> None:
    with pytest.raises(GlossaryError, match=message):
        Glossary(entries)


def test_the_native_table_reads_and_writes_the_discouraged_column(tmp_path: Path) -> None:
    path = tmp_path / "terms.tsv"
    path.write_text(
        "id\ttype\tsource\taccepted\tdiscouraged\n"
        "genai\tterm\tgenerative AI\t生成AI\tジェネレーティブAI → 生成AI | ジェネラティブAI\n",
        encoding="utf-8",
    )
    [entry] = read_glossary(path).entries
    assert entry.discouraged == (
        Variant("ジェネレーティブAI", "生成AI"),
        Variant("ジェネラティブAI", "生成AI"),
    )
    assert entry.variants == ()
    out = tmp_path / "out.tsv"
    write_glossary(read_glossary(path), out)
    assert "\tdiscouraged\t" in out.read_text(encoding="utf-8").splitlines()[0]
    assert read_glossary(out).entries[0].discouraged == entry.discouraged


def test_a_glossary_without_preferences_is_written_with_the_old_columns(tmp_path: Path) -> None:
    out = tmp_path / "names.tsv"
    write_glossary(
        Glossary([Entry("a", ("OpenAI",), variants=(Variant("オープンAI", "OpenAI"),))]), out
    )
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "id\ttype\tsource\taccepted\tforbidden\tignore_case\tnote"


def test_a_bad_discouraged_cell_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "terms.tsv"
    path.write_text("accepted\tdiscouraged\n人材\ta → b → c\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"terms.tsv:2: discouraged form “a → b → c”"):
        read_glossary(path)


@pytest.mark.parametrize("suffix", [".tbx", ".yml", ".tsv", ".csv"])
def test_preferences_survive_every_glossary_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"terms{suffix}"
    write_glossary(GLOSSARY, path)
    again = read_glossary(path)
    segment = Segment(
        "s1", "才能あるジェネレーティブAIとジェネレイティブAIのインフラストラクチャー"
    )
    before = sorted((f.text, f.kind, f.severity, f.suggestion) for f in GLOSSARY.check(segment))
    after = sorted((f.text, f.kind, f.severity, f.suggestion) for f in again.check(segment))
    assert after == before
    assert again.fix(segment).target == GLOSSARY.fix(segment).target
    fixed = again.fix(segment, preferences=True).target
    assert fixed == GLOSSARY.fix(segment, preferences=True).target


def test_tbx_writes_not_recommended_for_a_discouraged_form(tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    write_glossary(GLOSSARY, path)
    text = path.read_text(encoding="utf-8")
    assert text.count("notRecommendedTerm-admn-sts") == 3
    assert text.count("deprecatedTerm-admn-sts") == 1


WORDS = st.text("人材才能生成AIジェネレーティブインフラストラクチャーのとを", max_size=30)


@settings(max_examples=200, deadline=None)
@given(WORDS)
def test_preference_findings_index_the_text_and_fixing_leaves_none(text: str) -> None:
    segment = Segment("s", text)
    for finding in GLOSSARY.check(segment):
        assert text[finding.start : finding.end] == finding.text
    fixed = GLOSSARY.fix(segment, preferences=True)
    assert not [f for f in GLOSSARY.check(fixed) if f.kind == PREFERENCE_KIND]
