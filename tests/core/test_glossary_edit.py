"""Adding accepted forms and forbidden variants; the result is always a valid glossary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from review.core.glossary import Entry, EntryType, Glossary, GlossaryError, Variant
from review.core.glossary_edit import (
    Addition,
    AdditionKind,
    Growth,
    add_to_glossary,
    growth,
    promotion,
)
from review.core.model import Segment
from review.core.rules import PatternRule
from review.formats.glossaries import read_glossary
from tests.conftest import NAMES_GLOSSARY

NAMES = read_glossary(NAMES_GLOSSARY)
NAMES_BY_ID = {e.id: e for e in NAMES.entries}


def test_a_variant_of_an_existing_entry_is_then_flagged_and_fixed() -> None:
    grown = add_to_glossary(
        NAMES,
        Addition(
            AdditionKind.VARIANT, accepted="OpenAI", variant="オープン・エーアイ", entry="openai"
        ),
    )
    segment = Segment("x", "オープン・エーアイの発表")
    assert [f.suggestion for f in grown.check(segment)] == ["OpenAI"]
    assert grown.fix(segment).target == "OpenAIの発表"
    assert len(NAMES.check(segment)) == 0, "the original glossary is untouched"


def test_a_new_entry_from_typed_text() -> None:
    addition = Addition(
        AdditionKind.VARIANT,
        accepted="計算資源AI",
        variant="コンピュートAI",
        source="compute AI",
        type=EntryType.TERM,
        note="JTF",
    )
    grown = add_to_glossary(NAMES, addition)
    entry = grown.entries[-1]
    assert (entry.id, entry.accepted, entry.source, entry.note) == (
        "計算資源ai",
        ("計算資源AI",),
        ("compute AI",),
        "JTF",
    )
    with pytest.raises(GlossaryError, match="already an accepted form of “計算資源ai”"):
        add_to_glossary(grown, Addition(AdditionKind.TERM, accepted="計算資源AI"))  # no twin


def test_a_variant_goes_to_the_concept_of_its_accepted_form() -> None:
    # typed while another entry's finding is selected, or as a new entry
    for entry in ("ruddaraju", ""):
        grown = add_to_glossary(
            NAMES,
            Addition(
                AdditionKind.VARIANT, accepted="OpenAI", variant="オープンＡＩ社", entry=entry
            ),
        )
        by_id = {e.id: e for e in grown.entries}
        assert len(grown.entries) == len(NAMES.entries)
        assert by_id["openai"].variants[-1].form == "オープンＡＩ社"
        assert by_id["ruddaraju"].accepted == NAMES_BY_ID["ruddaraju"].accepted


def test_an_accepted_form_and_a_source_form_for_an_entry() -> None:
    grown = add_to_glossary(
        NAMES, Addition(AdditionKind.TERM, accepted="テスラ社", source="Tesla Inc.", entry="tesla")
    )
    entry = next(e for e in grown.entries if e.id == "tesla")
    assert entry.accepted == ("テスラ", "テスラ社") and entry.source == ("Tesla", "Tesla Inc.")


@pytest.mark.parametrize(
    ("addition", "reason"),
    [
        (Addition(AdditionKind.TERM, accepted=" "), "accepted form is needed"),
        (Addition(AdditionKind.VARIANT, accepted="OpenAI"), "forbidden variant is needed"),
        (Addition(AdditionKind.TERM, accepted="X", entry="nope"), "no entry"),
        (Addition(AdditionKind.TERM, accepted="OpenAI", entry="openai"), "already an accepted"),
        (
            Addition(AdditionKind.VARIANT, accepted="OpenAI", variant="オープンAI", entry="openai"),
            "already forbidden",
        ),
        (
            Addition(AdditionKind.VARIANT, accepted="OpenAI", variant="テスラ", entry="openai"),
            "accepted form of entry “tesla”",
        ),
        (Addition(AdditionKind.TERM, accepted="y", new_id="openai"), "exists already"),
    ],
)
def test_what_cannot_be_added_says_why(addition: Addition, reason: str) -> None:
    with pytest.raises(GlossaryError, match=reason):
        add_to_glossary(NAMES, addition)


def test_an_addition_round_trips_through_its_dict() -> None:
    addition = Addition(
        AdditionKind.VARIANT,
        "OpenAI",
        "オープンAI社",
        "openai",
        "",
        "",
        EntryType.ORGANISATION,
        "n",
    )
    assert Addition.from_dict(addition.to_dict()) == addition


def test_without_a_glossary_the_first_addition_makes_one() -> None:
    grown = add_to_glossary(None, Addition(AdditionKind.TERM, accepted="OpenAI"))
    assert len(grown) == 1


def test_promotion_makes_a_new_entry_with_the_other_spellings_forbidden() -> None:
    additions = promotion(None, ["ルダラジュ", "ルッダラジュ"], "ルッダラジュ")
    assert [a.describe() for a in additions] == [
        "accept “ルッダラジュ”",
        "forbid “ルダラジュ” → “ルッダラジュ”",
    ]
    grown = None
    for addition in additions:
        grown = add_to_glossary(grown, addition)
    assert grown is not None
    [entry] = grown.entries
    assert entry.accepted == ("ルッダラジュ",)
    assert [(v.form, v.replacement) for v in entry.variants] == [("ルダラジュ", "ルッダラジュ")]


def test_promotion_extends_the_entry_that_accepts_the_chosen_form() -> None:
    additions = promotion(NAMES, ["Stargate", "スターゲート", "スタ−ゲイツ"], "Stargate")
    assert [(a.entry, a.variant) for a in additions] == [("stargate", "スタ−ゲイツ")], (
        "スターゲート is forbidden already"
    )
    assert promotion(NAMES, ["Stargate", "スターゲート"], "Stargate") == []


def test_promotion_refuses_a_spelling_accepted_by_another_entry() -> None:
    with pytest.raises(GlossaryError, match="“OpenAI” is an accepted form of entry “openai”"):
        promotion(NAMES, ["OpenAI", "オープンＡＩ社"], "オープンＡＩ社")


def test_promotion_refuses_a_chosen_spelling_another_entry_forbids() -> None:
    with pytest.raises(GlossaryError, match="“スターゲート” is forbidden by entry “stargate”"):
        promotion(NAMES, ["スターゲート", "スタアゲート"], "スターゲート")


PRH_LIKE = Glossary(
    [Entry("OpenAI", ("OpenAI",), rule=PatternRule("OpenAI", ("/オープン ?AI/",)))], name="x.yml"
)


def test_an_addition_to_a_pattern_rule_is_an_entry_beside_it_that_works() -> None:
    addition = Addition(
        AdditionKind.VARIANT, accepted="OpenAI", variant="オープンエーアイ", entry="OpenAI"
    )
    grown = add_to_glossary(PRH_LIKE, addition)
    rule, entry = grown.entries
    assert rule == PRH_LIKE.entries[0], "the rule is left as it is"
    assert (entry.id, entry.accepted, entry.variants) == (
        "openai",
        ("OpenAI",),
        (Variant("オープンエーアイ", "OpenAI"),),
    )
    assert grown.fix(Segment("x", "オープンエーアイとオープンAI")).target == "OpenAIとOpenAI"
    with pytest.raises(GlossaryError, match="already an accepted form"):
        add_to_glossary(PRH_LIKE, Addition(AdditionKind.TERM, accepted="OpenAI", entry="OpenAI"))


def test_growth_lists_grown_and_new_entries() -> None:
    additions = [
        Addition(AdditionKind.VARIANT, accepted="OpenAI", variant="オープンＡＩ社", entry="openai"),
        Addition(AdditionKind.TERM, accepted="テスラ社", entry="tesla", note="n"),
        Addition(AdditionKind.TERM, accepted="空白", source="vacuum"),
    ]
    grown = NAMES
    for addition in additions:
        grown = add_to_glossary(grown, addition)
    found = growth(NAMES, grown)
    assert [NAMES.entries[i].id for i, _ in found.grown] == ["openai", "tesla"]
    assert [e.id for e in found.added] == ["空白"]
    assert growth(NAMES, NAMES) == Growth([], [])


@pytest.mark.parametrize(
    "change",
    [
        lambda entries: entries[1:],
        lambda entries: [replace(entries[0], variants=entries[0].variants[1:]), *entries[1:]],
        lambda entries: [replace(entries[0], note="other"), *entries[1:]],
        lambda entries: [entries[1], entries[0], *entries[2:]],
    ],
)
def test_growth_refuses_anything_but_additions(
    change: Callable[[list[Entry]], list[Entry]],
) -> None:
    with pytest.raises(GlossaryError):
        growth(NAMES, Glossary(change(list(NAMES.entries))))
