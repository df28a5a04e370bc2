from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.glossary import Entry, EntryType, Glossary, GlossaryError, Variant
from review.core.model import Segment, Severity, Status


def entry(
    id: str,
    accepted: tuple[str, ...],
    variants: dict[str, str] | None = None,
    source: tuple[str, ...] = (),
    ignore_case: bool = False,
) -> Entry:
    return Entry(
        id=id,
        accepted=accepted,
        source=source,
        variants=tuple(Variant(f, r) for f, r in (variants or {}).items()),
        type=EntryType.TERM,
        ignore_case=ignore_case,
    )


GLOSSARY = Glossary(
    [
        entry("server", ("サーバー",), {"サーバ": "サーバー"}, ("server",)),
        entry("computer", ("コンピューター",), {"コンピュータ": "コンピューター"}, ("computer",)),
        entry("openai", ("OpenAI",), {"オープンAI": "OpenAI", "Open AI": "OpenAI"}, ("OpenAI",)),
        entry(
            "ruddaraju",
            ("ウダイ・ルッダラジュ", "ルッダラジュ"),
            {"ウダイ・ルダラジュ": "ウダイ・ルッダラジュ", "ルダラジュ": "ルッダラジュ"},
            ("Uday Ruddaraju", "Ruddaraju"),
        ),
        entry("x", ("X",), source=("X",)),
        entry("google", ("Google",), {"グーグル": "Google"}, ("Google",), ignore_case=True),
    ]
)


def findings(text: str, source: str | None = None) -> list[tuple[str, str | None, Severity]]:
    return [
        (f.text, f.suggestion, f.severity)
        for f in GLOSSARY.check(Segment("1", text, source=source))
    ]


def test_variant_inside_accepted_form_is_not_flagged() -> None:
    assert findings("サーバーとスーパーコンピューターを使う") == []
    assert findings("サーバとコンピュータ") == [
        ("サーバ", "サーバー", Severity.ERROR),
        ("コンピュータ", "コンピューター", Severity.ERROR),
    ]


def test_no_word_boundaries_needed_in_japanese() -> None:
    assert findings("新サーバを導入") == [("サーバ", "サーバー", Severity.ERROR)]


def test_katakana_forms_do_not_match_inside_a_longer_katakana_word() -> None:
    # a word of its own in a compound is flagged; part of another word (servant) is not
    assert findings("サーバントリーダーシップ") == []
    assert findings("サーバサイドとスーパーコンピュータ") == [
        ("サーバ", "サーバー", Severity.ERROR),
        ("コンピュータ", "コンピューター", Severity.ERROR),
    ]
    # a name the dictionary does not know, run into the next word, is still the name
    assert findings("ルダラジュチームが") == [("ルダラジュ", "ルッダラジュ", Severity.ERROR)]
    segment = Segment("1", "サーバントがサーバを管理")
    assert GLOSSARY.fix(segment).target == "サーバントがサーバーを管理"
    # a run the dictionary reads as one unknown word: the word the match begins (サーバント;
    # a trial's バイリニアフィルタリング, fixed as バイリニアフィルターリング)
    assert findings("バイリニアサーバント") == []
    assert findings("バイリニアサーバ") == [("サーバ", "サーバー", Severity.ERROR)]


def test_longest_variant_wins() -> None:
    assert findings("ウダイ・ルダラジュが加わる") == [
        ("ウダイ・ルダラジュ", "ウダイ・ルッダラジュ", Severity.ERROR)
    ]


def test_width_and_compatibility_forms_match_by_nfkc() -> None:
    assert findings("ｵｰﾌﾟﾝAIの発表") == [("ｵｰﾌﾟﾝAI", "OpenAI", Severity.ERROR)]
    assert findings("ｻｰﾊﾞ") == [("ｻｰﾊﾞ", "サーバー", Severity.ERROR)]
    # an accepted form written in full-width letters is a spelling to normalise, not an error
    assert findings("ＯｐｅｎＡＩの発表") == [("ＯｐｅｎＡＩ", "OpenAI", Severity.WARNING)]


def test_case_is_ignored_only_where_the_entry_says_so() -> None:
    assert findings("googleとGOOGLE") == []
    assert findings("openaiの発表") == []  # not a listed variant, and OpenAI is case-sensitive
    assert findings("ｸﾞｰｸﾞﾙ") == [("ｸﾞｰｸﾞﾙ", "Google", Severity.ERROR)]


def test_latin_forms_do_not_match_inside_latin_words() -> None:
    assert findings("xAIとXboxとX", source="X") == []
    assert findings("xAIとXbox", source="X")[0][0] == ""  # key term X missing


def test_spaces_between_a_latin_variant_and_japanese_belong_to_the_finding() -> None:
    segment = Segment("1", "オープンAI の共同設立者")
    [finding] = GLOSSARY.check(segment)
    assert finding.text == "オープンAI "
    assert GLOSSARY.fix(segment).target == "OpenAIの共同設立者"
    # a space between two Japanese words is not ours to remove
    assert GLOSSARY.fix(Segment("1", "設立者 サーバ")).target == "設立者 サーバー"


def test_key_term_missing_only_when_no_form_of_the_entry_is_present() -> None:
    missing = GLOSSARY.check(Segment("1", "彼が加わる", source="Ruddaraju joins"))
    assert [(f.kind, f.severity, f.suggestion, f.start, f.end) for f in missing] == [
        ("term-missing", Severity.WARNING, "ウダイ・ルッダラジュ", 0, 0)
    ]
    # a forbidden variant is reported as such, not twice
    kinds = [f.kind for f in GLOSSARY.check(Segment("1", "ルダラジュ", source="Ruddaraju"))]
    assert kinds == ["glossary"]
    assert GLOSSARY.check(Segment("1", "ルッダラジュが", source="Ruddaraju")) == []
    assert GLOSSARY.check(Segment("1", "彼", source="Ruddaraju"), key_terms=False) == []


def test_checks_the_revision_when_there_is_one() -> None:
    segment = Segment("1", "サーバ", revision="新しいサーバ")
    [finding] = GLOSSARY.check(segment)
    assert (finding.start, finding.end) == (3, 6)


def test_fix_records_a_revision_and_never_touches_mt() -> None:
    segment = Segment("1", "オープンAIとスターゲート")
    fixed = GLOSSARY.fix(segment)
    assert fixed.mt == segment.mt
    assert fixed.revision == "OpenAIとスターゲート"
    assert fixed.status is Status.EDITED
    assert GLOSSARY.fix(fixed) is fixed


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([entry("a", ("サーバー",), {"サーバー": "サーバー"})], "equals one of its accepted"),
        ([entry("a", ("ＯｐｅｎＡＩ",), {"OpenAI": "ＯｐｅｎＡＩ"})], "equals one of its accepted"),
        (
            [entry("a", ("OpenAI",), {"openai": "OpenAI"}, ignore_case=True)],
            "equals one of its accepted",
        ),
        ([entry("a", ("A",)), entry("a", ("B",))], "duplicate entry id"),
        ([entry("a", ("サーバー",), {"サーバ": "サーバ―"})], "not one of its accepted forms"),
        (
            [entry("a", ("サーバー",), {"サーバ": "サーバー"}), entry("b", ("サーバ",))],
            "is an accepted form of entry",
        ),
        (
            [
                entry("a", ("サーバー",), {"サーバ": "サーバー"}),
                entry("b", ("サービス",), {"サーバ": "サービス"}),
            ],
            "also listed by entry",
        ),
        ([entry("a", ())], "no accepted form"),
    ],
)
def test_ambiguous_glossaries_are_refused(entries: list[Entry], message: str) -> None:
    with pytest.raises(GlossaryError, match=message):
        Glossary(entries)


PIECES = st.sampled_from(
    [
        "サーバ",
        "サーバー",
        "ｻｰﾊﾞ",
        "コンピュータ",
        "コンピューター",
        "スーパー",
        "オープンAI",
        "ｵｰﾌﾟﾝAI",
        "OpenAI",
        "ＯｐｅｎＡＩ",
        "Open AI",
        "open",
        "ルダラジュ",
        "ルッダラジュ",
        "ウダイ・ルダラジュ",
        "ウダイ・ルッダラジュ",
        "ｳﾀﾞｲ･ﾙﾀﾞﾗｼﾞｭ",
        "グーグル",
        "google",
        "X",
        "x",
        "AI",
        "の",
        "は",
        "、",
        "。",
        " ",
        "\u3000",
        "  ",
        "ー",
        "ッ",
        "a",
        "1",
        "「",
        "」",
    ]
)
TEXTS = st.lists(PIECES, max_size=14).map("".join)


@settings(max_examples=400)
@given(TEXTS)
def test_offsets_slice_the_original_text(text: str) -> None:
    for finding in GLOSSARY.check(Segment("1", text, source="OpenAI Ruddaraju X server")):
        assert text[finding.start : finding.end] == finding.text
        assert 0 <= finding.start <= finding.end <= len(text)


@settings(max_examples=400)
@given(TEXTS)
def test_after_fix_no_glossary_finding_remains_and_fix_is_idempotent(text: str) -> None:
    fixed = GLOSSARY.fix(Segment("1", text))
    assert [f for f in GLOSSARY.check(fixed) if f.kind == "glossary"] == []
    assert GLOSSARY.fix(fixed) is fixed
    assert fixed.mt == text


@settings(max_examples=200)
@given(TEXTS)
def test_findings_do_not_overlap(text: str) -> None:
    spans = sorted((f.start, f.end) for f in GLOSSARY.check(Segment("1", text)))
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
