"""Where a segment's text stands in its file: every format's pieces read as the segment's text,
and a replacement written there in the file's escaping reads back as the edit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from review.core.checks import ALL_QA
from review.core.engine import checked_document
from review.core.model import Document, Segment, Status
from review.formats.documents import READ_FORMATS, document_from_text, format_of, render_document
from review.formats.errors import InputError
from review.formats.located import LOCATED_FORMATS, locate

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
QA = REAL.parent / "qa"
_SUFFIX = {"xliff": ".xlf", "tmx": ".tmx", "po": ".po", "jsonl": ".jsonl", "tsv": ".tsv"}
_SUFFIX["csv"] = ".csv"
_SUFFIX["ts"] = ".ts"
_SUFFIX["xcstrings"] = ".xcstrings"

# no digits: a fresh XLIFF reads `<x1/>` as an inline code
_TEXT = st.text(alphabet="aZあ漢ー😀&<>\"'\\\t\n ;#,", min_size=1, max_size=12).filter(str.strip)


def _file(fmt: str, targets: list[str]) -> tuple[str, Document]:
    """A new file of `fmt` holding `targets`, and the document read back from its text."""
    path = Path("doc" + _SUFFIX[fmt])
    segments = [
        Segment(f"s{n}", target, source=f"source {n}", status=Status.APPROVED)
        for n, target in enumerate(targets)
    ]
    text = render_document(Document(segments, path=path), fmt).decode("utf-8")
    return text, document_from_text(path, text, fmt)


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


@pytest.mark.parametrize("fmt", LOCATED_FORMATS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(targets=st.lists(_TEXT, min_size=1, max_size=3), data=st.data())
def test_an_edit_written_where_the_file_holds_the_text(
    fmt: str, targets: list[str], data: st.DataObject
) -> None:
    text, document = _file(fmt, targets)
    located = locate(document, text, fmt)
    expected = []
    edits = []
    for segment in document.segments:
        where = located[segment.id]
        assert where.exact, (fmt, segment.target, text[where.start : where.end])
        length = len(segment.target)
        start = data.draw(st.integers(0, length))
        end = data.draw(st.integers(start, length))
        new = data.draw(_TEXT)
        made = where.replacement(start, end, new)
        if made is None:  # only a CSV cell without quotes refuses what needs them
            assert fmt == "csv" and any(ch in new for ch in ',"\r\n')
            expected.append(segment.target)
            continue
        edits.append(made)
        expected.append(segment.target[:start] + new + segment.target[end:])
    edited = document_from_text(document.path or Path(), _apply(text, edits), fmt)
    assert [s.target for s in edited.segments] == expected


@pytest.mark.parametrize("fmt", LOCATED_FORMATS)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(targets=st.lists(_TEXT, min_size=1, max_size=3), data=st.data())
def test_an_edit_typed_in_the_file_read_without_the_whole_file(
    fmt: str, targets: list[str], data: st.DataObject
) -> None:
    """What the editor's quick pass reads of a segment after an edit inside its text is what
    reading the whole file gives, wherever the file still reads."""
    text, document = _file(fmt, targets)
    located = locate(document, text, fmt)
    segment = data.draw(st.sampled_from(document.segments))
    where = located[segment.id]
    start = data.draw(st.integers(where.start, where.end))
    end = data.draw(st.integers(start, where.end))
    typed = data.draw(st.text(alphabet='aあ😀&;\\"<>\t\n,', max_size=4))
    edited_text = text[:start] + typed + text[end:]
    edited = where.edited(edited_text, start, end, start + len(typed))
    try:
        again = document_from_text(document.path or Path(), edited_text, fmt)
    except InputError:
        return
    if edited is None:
        return
    [now] = [s for s in again.segments if s.id == segment.id]
    assert edited.text == now.target and edited.exact
    fresh = locate(again, edited_text, fmt)[segment.id]
    assert (edited.start, edited.end) == (fresh.start, fresh.end)
    for offset in range(len(now.target) + 1):
        assert edited.span(offset, offset) == fresh.span(offset, offset)


def test_entities_codes_and_line_joins_map_to_the_file() -> None:
    xliff = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file source-language="en" target-language="ja" original="a" datatype="plaintext">'
        '<body><trans-unit id="1"><source>A <g id="1">B</g> C</source>'
        '<target>&#x1F600;&amp;<g id="1">ルダラジュ</g><![CDATA[<オープンAI>]]></target>'
        "</trans-unit></body></file></xliff>\n"
    )
    document = document_from_text(Path("a.xlf"), xliff, "xliff")
    [segment] = document.segments
    assert segment.target == "😀&<g1>ルダラジュ</g1><オープンAI>"
    where = locate(document, xliff, "xliff")["1"]
    name = segment.target.index("ルダラジュ")
    start, end = where.span(name, name + 5)
    assert xliff[start:end] == "ルダラジュ"
    start, end = where.span(0, 2)  # 😀& is two entities
    assert xliff[start:end] == "&#x1F600;&amp;"
    assert where.replacement(name, name + 5, "ルッダラジュ") is not None
    assert where.replacement(name - 4, name + 5, "x") is None  # an inline code in the way
    open_ai = segment.target.index("オープンAI")
    in_cdata = xliff.index("オープンAI")
    made = where.replacement(open_ai, open_ai + 6, "OpenAI & <x>")
    assert made == (in_cdata, in_cdata + 6, "OpenAI & <x>")  # CDATA takes text as it is
    fixed = xliff[: made[0]] + made[2] + xliff[made[1] :]
    assert (
        document_from_text(Path("a.xlf"), fixed, "xliff")
        .segments[0]
        .target.endswith("<OpenAI & <x>>")
    )
    assert where.replacement(open_ai, open_ai + 6, "a]]>b") is None
    assert where.replacement(name, open_ai + 2, "x") is None  # from outside into the section
    assert where.replacement(1, 2, "<&>") == (
        xliff.index("&amp;"),
        xliff.index("&amp;") + 5,
        "&lt;&amp;&gt;",
    )

    mixed = xliff.replace(
        '<target>&#x1F600;&amp;<g id="1">ルダラジュ</g><![CDATA[<オープンAI>]]></target>',
        "<target>AB <![CDATA[C<D>]]><![CDATA[E]]> F</target>",
    )
    document = document_from_text(Path("a.xlf"), mixed, "xliff")
    assert document.segments[0].target == "AB C<D>E F"
    where = locate(document, mixed, "xliff")["1"]
    assert where.replacement(1, 4, "x") is None  # B C: out of the section and into it
    assert where.replacement(6, 8, "x") is None  # >E: from one section into the next
    inside = mixed.index("C<D>")
    assert where.replacement(3, 6, "&") == (inside, inside + 4 - 1, "&")
    after = mixed.index("]]> F")
    assert where.replacement(8, 8, "<") == (after + 3, after + 3, "&lt;")  # after the section

    po = 'msgid "a"\nmsgstr ""\n"ルダ\\n"\n"ラジュ"\n'
    document = document_from_text(Path("a.po"), po, "po")
    where = locate(document, po, "po")["a"]
    assert document.segments[0].target == "ルダ\nラジュ"
    start, end = where.span(0, 6)
    assert po[start:end] == 'ルダ\\n"\n"ラジュ'


def _real_documents() -> list[Path]:
    folders = [REAL / name for name in ("xliff12", "xliff2", "sdlxliff", "mqxliff", "tmx", "po")]
    folders += [p for p in QA.iterdir() if p.name.startswith("heldout-round1")]
    return sorted(
        p for folder in folders for p in folder.iterdir() if p.is_file() and p.suffix != ".md"
    )


def _text_of(path: Path) -> str:
    """The file's text, as an editor decodes it."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    found = re.search(rb'encoding="([^"]+)"|charset=([\w.-]+)', data[:4096])
    declared = (found.group(1) or found.group(2)).decode() if found else "utf-8"
    return data.decode("utf-8" if declared.upper() == "CHARSET" else declared).removeprefix(
        "\ufeff"
    )


@pytest.mark.parametrize("path", _real_documents(), ids=lambda p: p.name)
def test_real_files_each_finding_in_place(path: Path) -> None:
    """On real files, every segment is located exactly, and each segment's first finding
    replaced by a mark in the file reads back as that mark in its text."""
    fmt = format_of(path, None, READ_FORMATS, option="--input-format")
    text = _text_of(path)
    document = document_from_text(path, text, fmt)
    located = locate(document, text, fmt)
    assert all(located[s.id].exact for s in document.segments if s.target)
    findings, _ = checked_document(document, None, ALL_QA, [])
    edits, expected = [], {s.id: s.target for s in document.segments}
    for finding in findings:
        if finding.segment in {e[0] for e in edits} or finding.end == finding.start:
            continue
        made = located[finding.segment].replacement(finding.start, finding.end, "■")
        if made is not None:
            edits.append((finding.segment, *made))
            target = expected[finding.segment]
            expected[finding.segment] = target[: finding.start] + "■" + target[finding.end :]
    edited = _apply(text, [edit[1:] for edit in edits])
    again = document_from_text(path, edited, fmt)
    assert {s.id: s.target for s in again.segments} == expected
