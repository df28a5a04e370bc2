"""What the checks registry decides for every front end: a segment not translated is one
finding; a message key for a source is not compared with the target."""

from __future__ import annotations

import pytest

from review.core.checks import ALL_QA, Context, not_translated, segment_findings
from review.core.engine import check_document
from review.core.glossary import Entry, Glossary
from review.core.model import Document, FindingKind, Segment
from review.core.qa import message_key

GLOSSARY = Glossary([Entry("openai", ("OpenAI",), source=("OpenAI",))])


def test_an_empty_target_is_one_finding_and_nothing_else() -> None:
    empty = Segment("1", "", source="OpenAI has 3 new models: “GPT”.")
    twin = Segment("2", "OpenAIは3つの新モデルを発表", source="OpenAI has 3 new models: “GPT”.")
    assert not_translated(empty) and not not_translated(twin)
    alone = segment_findings(empty, GLOSSARY, ALL_QA, Context(GLOSSARY))
    assert [(f.kind, f.message) for f in alone] == [
        (FindingKind.UNTRANSLATED, "empty target: not translated")
    ]
    found = check_document(Document([empty, twin]), GLOSSARY, ALL_QA)
    assert [(f.segment, f.kind) for f in found if f.segment == "1"] == [
        ("1", FindingKind.UNTRANSLATED)
    ]
    assert all(
        f.kind != FindingKind.INCONSISTENCY for f in found
    )  # the empty one is not a rendering


@pytest.mark.parametrize(
    ("source", "key"),
    [
        ("edit.caption", True),
        ("part_db.title", True),
        ("validators.part.name.not_blank", True),
        ("Node.js", False),
        ("ASP.NET", False),
        ("appEntity.localProfile", True),  # camel case (round 17, an Xcode export)
        ("Save", False),
        ("Save the file.", False),
        ("send-sending-to", True),  # i18next's, in Status Desktop's TS file (round 147)
        ("community-requests-to-join-title", True),
        ("up-to-date", False),  # an English word of three parts
        ("sign-in", False),  # two parts: as often an English word
    ],
)
def test_message_keys(source: str, key: bool) -> None:
    assert message_key(source) is key


def test_a_message_key_is_not_compared_with_the_target() -> None:
    segment = Segment("1", "OpenAIのキャプション", source="openai.caption_2")
    found = segment_findings(segment, GLOSSARY, ALL_QA, Context(GLOSSARY))
    assert found == []  # no number 2 missing, no key term, no untranslated name


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("{{ compared_value }} is not valid.", "{{ compared_value }}は無効です。"),
        ("See https://example.org/docs/compare", "https://example.org/docs/compare を参照"),
        (
            'Open <a href="x" target="_blank">the link</a>',
            '<a href="x" target="_blank">リンク</a>を開く',
        ),
        ("This value should be false.", "この値はfalseである必要があります。"),
    ],
)
def test_code_in_a_target_is_neither_untranslated_nor_quotes(source: str, target: str) -> None:
    document = Document([Segment("1", target, source=source)])
    found = check_document(document, None, ALL_QA)
    assert [(f.kind, f.text) for f in found] == []


def test_a_dropped_placeholder_a_lost_host_and_an_extra_line_break_are_found() -> None:
    segments = [
        Segment("1", "ブルーレイプレーヤー", source="%@ Blu-ray player"),
        Segment("2", "{z}/{x}/{y}.png", source="tile.openstreetmap.org/{z}/{x}/{y}.png"),
        Segment("3", "12ボルト\n\n", source="12 volts\n"),
    ]
    found = check_document(Document(segments), None, ALL_QA)
    assert [(f.segment, f.kind) for f in found] == [
        ("1", FindingKind.PLACEHOLDER),
        ("2", FindingKind.URL),
        ("3", FindingKind.WHITESPACE),
    ]


def test_a_copied_source_is_one_finding_and_ok_or_a_name_is_none() -> None:
    copied = Segment("1", "It should contain one word.", source="It should contain one word.")
    segments = [copied, Segment("2", "OK", source="OK"), Segment("3", "Kimai", source="Kimai")]
    found = check_document(Document(segments), None, ALL_QA)
    assert [(f.segment, f.kind, f.message) for f in found] == [
        ("1", FindingKind.UNTRANSLATED, "the target is the source, untranslated")
    ]


def test_real_file_false_alarms_stay_quiet() -> None:
    segments = [  # from Symfony's validators.ja.xlf
        Segment(
            "1",
            "無効な選択肢が含まれています。",
            source="One or more of the given values is invalid.",
        ),
        Segment(
            "2",
            "画像が正方形です({{ width }}x{{ height }}px)。",
            source="The image is square ({{ width }}x{{ height }}px).",
        ),
        Segment(
            "3",
            "php.iniで一時フォルダが設定されていません。",
            source="No temporary folder in php.ini.",
        ),
        Segment("4", "ファイルのサイズ({{ size }})", source="The file size ({{ size }})"),
        Segment("5", "ファイルのサイズが大きすぎます。", source="The file is too large."),
    ]
    assert check_document(Document(segments), None, ALL_QA) == []  # no variant サイズ/size


@pytest.mark.parametrize("state", ["untranslated", "needs-translation", "new", "initial"])
def test_a_segment_the_file_says_is_not_started_is_counted_not_flagged(state: str) -> None:
    waiting = Segment("1", "", source="Delete the 3 files?", tool_status=state)
    assert waiting.not_started
    assert segment_findings(waiting, GLOSSARY, ALL_QA, Context(GLOSSARY)) == []
    done = Segment("2", "", source="Delete the 3 files?", tool_status="translated")
    assert not done.not_started
    assert [f.kind for f in check_document(Document([waiting, done]), None, ALL_QA)] == [
        FindingKind.UNTRANSLATED
    ]
