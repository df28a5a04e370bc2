from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from review.core.model import Document, Segment, Status
from review.formats.documents import read_document, render_document, write_document
from review.formats.errors import InputError
from review.formats.xliff_inline import PLACEHOLDER, strip

XLIFF = Path(__file__).resolve().parent.parent / "data" / "xliff" / "inline-1.2.xlf"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_only_approved_pairs_with_a_source_and_a_target_are_written() -> None:
    document = Document(
        [
            Segment("1", "あ", "a", status=Status.APPROVED),
            Segment("2", "い", "b", revision="う", status=Status.APPROVED, note="fixed"),
            Segment("3", "え", "c", status=Status.EDITED),
            Segment("4", "お", None, status=Status.APPROVED),
            Segment("5", "", "e", status=Status.APPROVED),
        ]
    )
    text = render_document(document, "tmx")
    assert text.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM')
    root = etree.fromstring(text)
    header = root.find("header")
    assert (root.get("version"), header.get("srclang"), header.get("segtype")) == (
        "1.4",
        "en",
        "sentence",
    )
    for name in ("creationtool", "creationtoolversion", "o-tmf", "adminlang", "datatype"):
        assert header.get(name)
    units = root.findall("body/tu")
    assert [tu.get("tuid") for tu in units] == ["1", "2"]
    second = units[1]
    assert [(t.get(LANG), t.findtext("seg")) for t in second.findall("tuv")] == [
        ("en", "b"),
        ("ja", "う"),
    ]
    assert second.findtext("note") == "fixed"
    assert {p.get("type"): p.text for p in second.findall("prop")} == {
        "x-review-status": "approved",
        "x-review-mt": "い",
    }


def test_languages_and_codes_come_from_the_xliff() -> None:
    document = read_document(XLIFF)
    approved = [replace(s, status=Status.APPROVED) for s in document.segments]
    root = etree.fromstring(render_document(replace(document, segments=approved), "tmx"))
    assert root.find("header").get("srclang") == "en-US"
    first = root.find("body/tu")
    seg = first.findall("tuv")[1].find("seg")
    assert first.findall("tuv")[1].get(LANG) == "ja-JP"
    assert [(c.tag, c.get("i") or c.get("x"), c.text) for c in seg] == [
        ("bpt", "1", "<g1>"),
        ("ept", "1", "</g1>"),
        ("ph", "2", "<x2/>"),
    ]
    override = render_document(
        replace(document, segments=approved), "tmx", source_lang="en-GB", target_lang="ja"
    )
    assert b'srclang="en-GB"' in override and b'xml:lang="ja"' in override


ID = st.text("abc123-_", min_size=1, max_size=6)
TEXT = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from(["<g1>", "</g1>", "<x2/>", "&", "\n"]),
    min_size=1,
    max_size=10,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            Segment,
            id=ID,
            mt=TEXT,
            source=TEXT.filter(str.strip),
            revision=st.none() | TEXT,
            status=st.just(Status.APPROVED),
            note=st.text("ノート note", max_size=6).map(str.strip),
        ),
        min_size=1,
        max_size=5,
        unique_by=lambda s: s.id,
    )
)
def test_approved_pairs_round_trip(
    tmp_path_factory: pytest.TempPathFactory, segments: list[Segment]
) -> None:
    segments = [
        replace(s, revision=None) if s.revision == s.mt else s
        for s in segments
        if (s.revision if s.revision is not None else s.mt).strip()
    ]
    assume(segments)
    path = tmp_path_factory.mktemp("tmx") / "tm.tmx"
    write_document(Document(segments), path)
    again = read_document(path).segments

    def plain(segment: Segment) -> tuple[object, ...]:
        # placeholders come back as the TMX's codes, numbered afresh: compare the words, and
        # how many codes there are
        texts = (segment.source or "", segment.mt, segment.target)
        tags = tuple(len(PLACEHOLDER.findall(text)) for text in texts)
        return (segment.id, segment.status, segment.note, *map(strip, texts), tags)

    assert [plain(s) for s in again] == [plain(s) for s in segments]


def test_a_third_party_tmx_reads_as_new_segments(tmp_path: Path) -> None:
    path = tmp_path / "tm.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="EN-US" creationtool="x" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv><tuv xml:lang="en-US"><seg>Hello '
        '<bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept></seg></tuv>'
        '<tuv xml:lang="ja-JP"><seg>こんにちは<hi>世界</hi></seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    [segment] = read_document(path).segments
    # codes are protected tags, as in XLIFF: <bpt>/<ept> a pair, <hi> a wrapping code
    assert segment == Segment(
        "1", "こんにちは<g2>世界</g2>", "Hello <b1/>world<e1/>", status=Status.NEW
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<tmx version='1.4'><header/></tmx>", "needs a <body>"),
        ("<xliff/>", "not a TMX file"),
        (
            "<tmx><body><tu><prop type='x-review-status'>done</prop><tuv xml:lang='en'><seg>a"
            "</seg></tuv><tuv xml:lang='ja'><seg>b</seg></tuv></tu></body></tmx>",
            "unknown x-review-status “done”",
        ),
    ],
)
def test_bad_tmx(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.tmx"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=expected):
        read_document(path)


def test_a_document_read_from_tmx_is_written_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "tm.tmx"
    document = Document([Segment("1", "あ", "a", status=Status.APPROVED), Segment("2", "い", "b")])
    path.write_bytes(
        render_document(
            replace(
                document, segments=[replace(s, status=Status.APPROVED) for s in document.segments]
            ),
            "tmx",
        )
    )
    read = read_document(path)
    edited = replace(
        read, segments=[read.segments[0], replace(read.segments[1], status=Status.NEW)]
    )
    write_document(edited, path)  # e.g. review fix tm.tmx --in-place
    assert read_document(path).segments == edited.segments


def test_a_namespaced_tmx_with_a_source_only_unit_is_read_and_written_back(
    tmp_path: Path,
) -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\r\n<tmx xmlns="http://www.lisa.org/tmx14" '
        'version="1.4">\r\n<header srclang="en" o-tmf="x" creationtool="x" '
        'creationtoolversion="1" segtype="sentence" adminlang="en" datatype="plaintext">'
        '<prop type="x-domain">IT</prop></header>\r\n<body>\r\n'
        '  <tu tuid="a">\r\n    <tuv xml:lang="en"><seg>Open <ph x="1">&lt;br/&gt;</ph>'
        'now</seg></tuv>\r\n    <tuv xml:lang="fr"><seg>Ouvrir</seg></tuv>\r\n'
        '    <tuv xml:lang="ja"><seg>今すぐ<ph x="1">&lt;br/&gt;</ph>開く</seg></tuv>\r\n'
        "  </tu>\r\n"
        '  <tu tuid="b">\r\n    <tuv xml:lang="en"><seg>Close</seg></tuv>\r\n  </tu>\r\n'
        "</body>\r\n</tmx>\r\n"
    )
    path = tmp_path / "ns.tmx"
    path.write_bytes(text.encode())
    document = read_document(path)
    a, b = document.segments
    assert (a.source, a.mt, b.source, b.mt) == ("Open <x1/>now", "今すぐ<x1/>開く", "Close", "")
    out = tmp_path / "out.tmx"
    write_document(replace(document, segments=[a.revised("<x1/>今すぐ開く"), b]), out)
    expected = text.replace(
        '<seg>今すぐ<ph x="1">&lt;br/&gt;</ph>開く</seg>',
        '<seg><ph x="1">&lt;br/&gt;</ph>今すぐ開く</seg>',
    ).replace(
        '  <tu tuid="a">\r\n',
        '  <tu tuid="a">\r\n    <prop type="x-review-status">edited</prop>\r\n',
    )
    assert out.read_bytes() == expected.encode()


def test_a_repeated_tuid_gets_a_review_only_id_and_a_notice(tmp_path: Path) -> None:
    unit = "<tu tuid='a'><tuv xml:lang='en'><seg>{}</seg></tuv></tu>\n"
    text = "<tmx version='1.4'><header srclang='en'/><body>\n" + unit.format("x")
    text += unit.format("y") + "</body></tmx>"
    path = tmp_path / "tm.tmx"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert [s.id for s in document.segments] == ["a", "a#2"]
    assert document.notices == (
        "1 repeated id (first on line 3): each repeat is named ID#N (N: its place in the "
        "file) in this review, not in the file",
    )
    write_document(document, path)
    assert path.read_text(encoding="utf-8") == text  # the made-up id is not written
