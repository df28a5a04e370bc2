from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from review.core.glossary import Entry, Glossary, Variant
from review.core.model import Document, Finding, Segment, Severity, Status
from review.formats.documents import read_document, render_document, write_document
from review.formats.errors import InputError

DATA = Path(__file__).resolve().parent.parent / "data" / "xliff"
V12 = DATA / "inline-1.2.xlf"
V20 = DATA / "inline-2.0.xlf"
NS1 = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
NS2 = {"x": "urn:oasis:names:tc:xliff:document:2.0", "mtc": "urn:oasis:names:tc:xliff:matches:2.0"}
GLOSSARY = Glossary(
    [
        Entry("openai", ("OpenAI",), variants=(Variant("オープンAI", "OpenAI"),)),
        Entry("stargate", ("Stargate",), variants=(Variant("スターゲート", "Stargate"),)),
        Entry("ruddaraju", ("ルッダラジュ",), variants=(Variant("ルダラジュ", "ルッダラジュ"),)),
    ]
)


def written(document: Document, fmt: str = "xliff", **options: object) -> etree._Element:
    return etree.fromstring(render_document(document, fmt, **options))  # type: ignore[arg-type]


def c14n(element: etree._Element) -> bytes:
    return etree.tostring(element, method="c14n")


def test_xliff_12_segments_codes_states_and_notes() -> None:
    document = read_document(V12)
    assert [(s.id, s.status) for s in document.segments] == [
        ("t1", Status.NEW),
        ("t2", Status.NEW),
        ("t3/1", Status.NEW),
        ("t3/2", Status.NEW),
        ("t5", Status.APPROVED),  # t4 is translate="no"
    ]
    t1, t2, t31, _, t5 = document.segments
    assert t1.source == "Open <g1>OpenAI</g1> settings<x2/>now."
    assert t1.mt == "今すぐ<g1>オープンAI</g1>の設定を<x2/>開く。"
    assert t1.note == "Button label; keep it short."
    assert (t2.mt, t2.source) == ("", "Click <b1/>here<e1/> or press <x2/>.")  # empty target
    assert (t31.source, t31.mt) == ("Stargate is big.", "スターゲートは大きい。")
    assert t5.revision is None  # a TM alt-trans is not the MT
    assert document.lines["t1"] == 11


def test_xliff_2_segments_codes_states_and_notes() -> None:
    document = read_document(V20)
    assert [(s.id, s.status) for s in document.segments] == [
        ("u1", Status.NEW),
        ("u2/a", Status.NEW),
        ("u2/b", Status.NEW),
        ("u3", Status.NEW),
        ("u4", Status.APPROVED),
    ]
    u1, u2a, u2b, u3, _ = document.segments
    assert u1.mt == "今すぐ<g1>オープンAI</g1>の設定を<x2/>開く。"
    assert u1.note == "Shown as a heading."
    assert (u2a.note, u2b.mt, u2b.source) == ("", "", "Click <b1/>here<e1/>.")
    assert (u3.mt, u3.revision) == ("ルダラジュが加わった。", None)  # MT from an mtc:match


@pytest.mark.parametrize("path", [V12, V20])
def test_an_untouched_document_is_written_back_as_it_was(path: Path) -> None:
    document = read_document(path)
    assert c14n(written(document)) == c14n(etree.parse(str(path)).getroot())


def test_xliff_2_revisions_become_reviewed_targets_with_the_mt_kept() -> None:
    document = read_document(V20)
    fixed = [GLOSSARY.fix(s) for s in document.segments]
    fixed[4] = replace(fixed[4], note="checked")
    root = written(replace(document, segments=fixed), keep_mt=True)
    u1 = root.find(".//x:unit[@id='u1']", NS2)
    segment = u1.find("x:segment", NS2)
    assert segment.get("state") == "reviewed"
    target = segment.find("x:target", NS2)
    assert "".join(target.itertext()) == "今すぐOpenAIの設定を開く。"
    assert [c.get("id") for c in target] == ["1", "2"]  # the codes, with their dataRefs
    assert target[0].get("dataRefStart") == "d1"
    match = u1.find("mtc:matches/mtc:match", NS2)
    assert (match.get("type"), match.get("ref")) == ("mt", "#s1")
    assert "".join(match.find("x:target", NS2).itertext()) == "今すぐオープンAIの設定を開く。"
    assert root.find(".//x:unit[@id='u4']/x:notes/x:note", NS2).text == "checked"
    unchanged = etree.parse(str(V20)).getroot().find(".//x:unit[@id='u2']", NS2)
    assert c14n(root.find(".//x:unit[@id='u2']", NS2)) != c14n(unchanged)  # スターゲート fixed
    again = read_document_text(etree.tostring(root), "2.xlf")
    assert [(s.id, s.status, s.revision is not None) for s in again.segments][:4] == [
        ("u1", Status.EDITED, True),
        ("u2/a", Status.EDITED, True),
        ("u2/b", Status.NEW, False),
        ("u3", Status.EDITED, True),
    ]
    assert again.segments[3].mt == "ルダラジュが加わった。"


def read_document_text(data: bytes, name: str, tmp: Path | None = None) -> Document:
    import tempfile

    folder = Path(tempfile.mkdtemp()) if tmp is None else tmp
    path = folder / name
    path.write_bytes(data)
    return read_document(path)


def test_xliff_12_states_for_every_status() -> None:
    document = read_document(V12)
    t1, t2, t31, t32, t5 = document.segments
    segments = [
        replace(t1.revised("今すぐ<g1>OpenAI</g1>の設定を<x2/>開く。"), note=t1.note + "\nok"),
        replace(t2.revised("<b1/>ここ<e1/>をクリックするか<x2/>を押す。"), status=Status.APPROVED),
        replace(t31, status=Status.REJECTED),
        replace(t32, status=Status.REJECTED),
        replace(t5, status=Status.NEW),
    ]
    root = written(replace(document, segments=segments), final=True, keep_mt=True)

    def unit(unit_id: str) -> etree._Element:
        found = root.find(f".//x:trans-unit[@id='{unit_id}']", NS1)
        assert found is not None
        return found

    target = unit("t1").find("x:target", NS1)
    assert (target.get("state"), unit("t1").get("approved")) == ("translated", None)
    assert target.get("state-qualifier") is None, "edited: no longer an mt-suggestion"
    alt = unit("t1").find("x:alt-trans[@alttranstype='previous-version']", NS1)
    assert alt.get("origin") == "mt"
    assert etree.QName(alt.find("x:target", NS1)[0]).localname == "g"
    assert [n.get("from") for n in unit("t1").findall("x:note", NS1)] == ["translator", "reviewer"]
    assert unit("t2").get("approved") == "yes"
    assert unit("t2").find("x:target", NS1).get("state") == "final"
    rejected = unit("t3").find("x:target", NS1)
    assert rejected.get("state-qualifier") == "rejected-inaccurate"
    assert unit("t5").get("approved") is None
    assert etree.QName(unit("t2").find("x:target", NS1)[0]).localname == "bpt"
    again = read_document_text(etree.tostring(root), "1.xlf")
    assert [s.status for s in again.segments] == [
        Status.EDITED,
        Status.APPROVED,
        Status.REJECTED,
        Status.REJECTED,
        Status.NEW,
    ]
    assert again.segments[0].note == "Button label; keep it short.\nok"
    assert again.segments[1].target == "<b1/>ここ<e1/>をクリックするか<x2/>を押す。"


def test_findings_become_notes_and_replace_earlier_ones() -> None:
    document = read_document(V20)
    finding = Finding("u1", "glossary", Severity.ERROR, 6, 12, "オープンAI", "OpenAI", "m", "g:x")
    root = written(document, findings=[finding])
    notes = root.findall(".//x:unit[@id='u1']/x:notes/x:note", NS2)
    qa = [n for n in notes if n.get("category") == "mt-review-qa"]
    assert len(qa) == 1 and qa[0].get("priority") == "1"
    assert "“オープンAI” → “OpenAI”" in qa[0].text
    again = read_document_text(etree.tostring(root), "qa.xlf")
    assert again.segments[0].note == "Shown as a heading."  # QA notes are not the note
    cleared = written(again, findings=[])
    assert not cleared.findall(".//x:note[@category='mt-review-qa']", NS2)


def test_crossed_tags_in_a_revision_are_refused_naming_the_segment() -> None:
    document = read_document(V20)
    bad = document.segments[0].revised("<g1>今すぐ<x2/>開く")
    with pytest.raises(InputError, match="segment “u1”: <g1> is never closed"):
        render_document(replace(document, segments=[bad, *document.segments[1:]]), "xliff")
    crossed = document.segments[0].revised("</g1>今すぐ")
    with pytest.raises(InputError, match="closes no open"):
        render_document(replace(document, segments=[crossed]), "xliff")


_MEMOQ_PAIRS = (
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" '
    'source-language="en" target-language="ja" datatype="x-memoq"><body>'
    '<trans-unit id="10"><source><bpt id="1" ctype="underlined">{}</bpt>'
    '<bpt id="2" rid="1">&lt;hlnk&gt;</bpt>Naples<ept id="1">{}</ept>'
    '<ept id="5" rid="1">&lt;/hlnk&gt;</ept>, Italy <x id="6"/></source>'
    '<target><bpt id="1" ctype="underlined">{}</bpt><bpt id="2" rid="1">&lt;hlnk&gt;</bpt>'
    'ナポリ<ept id="1">{}</ept><ept id="5" rid="1">&lt;/hlnk&gt;</ept>、Italy <x id="6"/>'
    "</target></trans-unit></body></file></xliff>"
)


def test_pairs_joined_by_rid_and_by_id_in_one_unit_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "mq.mqxliff"
    path.write_text(_MEMOQ_PAIRS, encoding="utf-8")
    document = read_document(path)
    [segment] = document.segments
    assert segment.source == "<b1/><b2/>Naples<e1/><e2/>, Italy <x3/>"
    out = tmp_path / "out.mqxliff"
    write_document(
        replace(document, segments=[segment.revised(segment.mt.replace("Italy", "イタリア"))]),
        out,
        "xliff",
    )
    target = etree.fromstring(out.read_bytes()).find(".//x:target", NS1)
    assert [(c.tag.split("}")[1], c.get("id"), c.get("rid")) for c in target] == [
        ("bpt", "1", None),
        ("bpt", "2", "1"),
        ("ept", "1", None),
        ("ept", "5", "1"),
        ("x", "6", None),
    ]


@pytest.mark.parametrize(
    ("revision", "told"),
    [
        ("<b1/><b2/>ナポリ<e1/><e2/>、<x9/>", "<x9/> is no code of this segment"),
        (
            "<b1/><b2/>ナポリ<e1/><e2/>、<x3/><x3/>",
            "<x3/> is used 2 times; the source has it 1 time",
        ),
        ("<b1/><b2/>ナポリ<e2/>、<x3/>", "<b1/> is half of a pair: <e1/> is missing"),
        ("<e1/><b2/>ナポリ<b1/><e2/>、<x3/>", "<e1/> comes before <b1/>"),
    ],
)
def test_a_revision_s_codes_are_refused_where_a_cat_tool_would_refuse_them(
    tmp_path: Path, revision: str, told: str
) -> None:
    path = tmp_path / "mq.mqxliff"
    path.write_text(_MEMOQ_PAIRS, encoding="utf-8")
    document = read_document(path)
    bad = replace(document, segments=[document.segments[0].revised(revision)])
    with pytest.raises(InputError, match=re.escape(f"segment “10”: {told}")):
        render_document(bad, "xliff")
    fine = document.segments[0].revised("<b1/><b2/>ナポリ<e1/><e2/>、イタリア <x3/>")
    assert b"\xe3\x82\xa4\xe3\x82\xbf" in render_document(
        replace(document, segments=[fine]), "xliff"
    )


def test_a_literal_placeholder_in_the_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "lit.xlf"
    path.write_text(
        '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">'
        '<file id="f"><unit id="u"><segment><source>Type &lt;g1&gt; then <ph id="a"/></source>'
        "</segment></unit></file></xliff>",
        encoding="utf-8",
    )
    [segment] = read_document(path).segments
    assert segment.source == "Type <g1> then <x2/>"  # the code is numbered past the literal


def test_converting_versions_keeps_codes_as_codes() -> None:
    document = read_document(V12)
    root = written(document, "xliff2")
    assert root.get("version") == "2.0" and root.get("srcLang") == "en-US"
    source = root.find(".//x:unit[@id='t1']/x:segment/x:source", NS2)
    assert [etree.QName(c).localname for c in source] == ["pc", "ph"]
    back = read_document_text(etree.tostring(root), "v2.xlf")
    assert [s.source for s in back.segments] == [s.source for s in document.segments]
    assert [s.mt for s in back.segments] == [s.mt for s in document.segments]
    assert [s.id for s in back.segments] == ["t1", "t2", "t3_1", "t3_2", "t5"]  # NMTOKEN ids


def test_several_files_prefix_their_ids(tmp_path: Path) -> None:
    unit = '<trans-unit id="1"><source>a</source><target>あ</target></trans-unit>'
    files = "".join(
        f'<file original="{name}" source-language="en" datatype="plaintext"><body>{unit}</body>'
        "</file>"
        for name in ("a.txt", "b.txt")
    )
    path = tmp_path / "multi.xlf"
    path.write_text(f'<xliff version="1.2">{files}</xliff>', encoding="utf-8")
    assert [s.id for s in read_document(path).segments] == ["a.txt/1", "b.txt/1"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<xliff version='1.2'><file><body><trans-unit><source>a</source>", "x.xlf:1: not well"),
        ("<tmx/>", "x.xlf:1: not an XLIFF file: the root element is <tmx>"),
        ("<xliff version='3.0'/>", "unsupported XLIFF version “3.0”"),
        (
            "<xliff version='1.2'><file><body>\n<trans-unit id='1'/></body></file></xliff>",
            "x.xlf:2: unit “1” has no <source>",
        ),
        ("", "x.xlf: empty file"),
    ],
)
def test_bad_xliff_is_one_line_naming_file_and_line(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "x.xlf"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert expected in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("encoding", ["utf-16", "shift_jis", "euc-jp", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_file_is_written_back_in_its_own_encoding_and_line_ends(
    tmp_path: Path, encoding: str, newline: str
) -> None:
    name = {"utf-8-sig": "utf-8", "cp1252": "windows-1252"}.get(encoding, encoding)
    target = "Café" if encoding == "cp1252" else "サーバーの設定"
    text = (
        f'<?xml version="1.0" encoding="{name}" standalone="yes"?>\n<xliff version="1.2">\n'
        '  <file original="a" source-language="en" datatype="plaintext"><body>\n'
        "    <trans-unit id='1'><source><![CDATA[server & <b>]]></source>"
        f"<target>{target}</target></trans-unit>\n"
        "    <trans-unit id='2'><source>it&apos;s</source><target>x</target></trans-unit>\n"
        "  </body></file>\n</xliff>\n"
    ).replace("\n", newline)
    path = tmp_path / "enc.xlf"
    data = text.encode(encoding)
    path.write_bytes(data)
    document = read_document(path)
    assert document.segments[0].mt == target
    out = tmp_path / "out.xlf"
    write_document(document, out)
    assert out.read_bytes() == data  # nothing changed: the same bytes
    edited = [document.segments[0], document.segments[1].revised("それは")]
    write_document(replace(document, segments=edited), out)
    expected = text.replace(
        "<target>x</target>", '<target state="translated">それは</target>'
    ).encode(encoding, "xmlcharrefreplace")
    assert out.read_bytes() == expected  # the edited target and its state, nothing else
    assert read_document(out).segments[1].target == "それは"


def test_a_control_character_cannot_be_written(tmp_path: Path) -> None:
    document = Document([Segment("1", "a\x0bb")])
    with pytest.raises(InputError, match="segment “1”: character U\\+000B at 1"):
        render_document(document, "xliff2")


# round trips

XML_TEXT = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from(["\n", "\t", "\r", "<", "&", "<g1>", "]]>", " "]),
    max_size=8,
).map("".join)
NOTE = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=10).map(
    str.strip
)


@st.composite
def documents(draw: st.DrawFn, major: int) -> list[Segment]:
    """Documents XLIFF can hold exactly: a revision makes a segment edited (1.2 also keeps
    an edited segment only through its revision); ids are NMTOKENs for 2.x."""
    count = draw(st.integers(1, 5))
    ids = draw(
        st.lists(
            st.text("abcxyz0123_-.", min_size=1, max_size=5),
            min_size=count,
            max_size=count,
            unique=True,
        )
    )
    segments = []
    for segment_id in ids:
        revision = draw(st.none() | XML_TEXT.filter(bool))
        statuses = [Status.APPROVED, Status.REJECTED]
        statuses.append(Status.EDITED if revision is not None else Status.NEW)
        if major == 2 and revision is None:
            statuses.append(Status.EDITED)
        segments.append(
            Segment(
                id=segment_id,
                mt=draw(XML_TEXT),
                source=draw(st.none() | XML_TEXT.filter(bool)),
                reference=draw(st.none() | XML_TEXT.filter(bool)),
                revision=revision,
                status=draw(st.sampled_from(statuses)),
                note=draw(NOTE),
            )
        )
    return [s if s.revision != s.mt else replace(s, revision=None) for s in segments]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from([1, 2]).flatmap(lambda m: st.tuples(st.just(m), documents(m))))
def test_any_document_round_trips_through_a_new_xliff_file(
    tmp_path_factory: pytest.TempPathFactory, drawn: tuple[int, list[Segment]]
) -> None:
    major, segments = drawn
    if major == 1:
        segments = [
            s
            if s.revision is not None or s.status is not Status.EDITED
            else replace(s, status=Status.NEW)
            for s in segments
        ]
    folder = tmp_path_factory.mktemp("x")
    first = folder / "doc.xlf"
    write_document(Document(segments), first, "xliff2" if major == 2 else "xliff12")
    document = read_document(first)
    assert document.segments == segments
    second = folder / "again.xlf"
    write_document(document, second)
    assert read_document(second).segments == segments


def _revisions(template: str) -> st.SearchStrategy[str]:
    """Texts with the codes of `template` in order, and any text between them."""
    import re

    codes = re.findall(r"</?g\d+>|<[xbe]\d+/>", template)
    text = XML_TEXT.filter(lambda t: "<g1>" not in t)
    pieces = st.lists(text, min_size=len(codes) + 1, max_size=len(codes) + 1)
    return pieces.map(lambda p: "".join(a + b for a, b in zip(p, [*codes, ""], strict=True)))


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_edits_to_a_read_file_round_trip(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from([V12, V20]))
    document = read_document(path)
    unit_status: dict[str, Status] = {}
    segments = []
    for segment in document.segments:
        revised = segment
        if data.draw(st.booleans()):
            revised = segment.revised(data.draw(_revisions(segment.mt or segment.source or "")))
        status = data.draw(st.sampled_from(list(Status)))
        unit = segment.id.split("/")[0]
        if path is V12 and "/" in segment.id:  # seg-source sentences share the unit's state
            status = unit_status.setdefault(unit, status)
            if status in (Status.EDITED, Status.NEW):
                status = Status.EDITED if revised.revision is not None else Status.NEW
        if status is Status.EDITED and revised.revision is None and path is V12:
            status = Status.NEW
        if status is Status.NEW and revised.revision is not None:
            status = Status.EDITED
        first = segment.id.endswith(("/b", "/2")) is False
        note = data.draw(NOTE) if first else ""
        segments.append(replace(revised, status=status, note=note or segment.note))
    changed = replace(document, segments=segments)
    again = read_document_text(render_document(changed, "xliff", keep_mt=True), path.name)
    assert again.segments == segments


def test_ten_thousand_units(tmp_path: Path) -> None:
    units = "".join(
        f'<unit id="u{i}"><originalData><data id="d{i}">&lt;b&gt;</data></originalData>'
        f'<segment id="s{i}" state="translated"><source>Unit {i} by <pc id="1" '
        f'dataRefStart="d{i}">OpenAI</pc>.</source><target>{i}番目、<pc id="1" '
        f'dataRefStart="d{i}">オープンAI</pc>による。</target></segment></unit>'
        for i in range(10_000)
    )
    path = tmp_path / "big.xlf"
    path.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" '
        f'trgLang="ja"><file id="f">{units}</file></xliff>',
        encoding="utf-8",
    )
    started = time.perf_counter()
    document = read_document(path)
    assert len(document) == 10_000
    fixed = replace(document, segments=[GLOSSARY.fix(s) for s in document.segments])
    out = tmp_path / "out.xlf"
    write_document(fixed, out)
    again = read_document(out)
    elapsed = time.perf_counter() - started
    assert [s.target for s in again.segments] == [s.target for s in fixed.segments]
    assert again.segments[9_999].target == "9999番目、<g1>OpenAI</g1>による。"
    assert elapsed < 20, elapsed


def test_units_without_an_id_or_with_a_repeated_one_get_review_only_ids(tmp_path: Path) -> None:
    text = (
        "<xliff version='1.2'><file><body>\n"
        "<trans-unit id='1'><source>a</source><target>あ</target></trans-unit>\n"
        "<trans-unit id='1'><source>b</source><target>い</target></trans-unit>\n"
        "<trans-unit><source>c</source><target>う</target></trans-unit>\n"
        "</body></file></xliff>"
    )
    path = tmp_path / "x.xlf"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert [s.id for s in document.segments] == ["1", "1#2", "#3"]
    assert document.notices == (
        "1 <trans-unit> without an id (first on line 4): each is named #N (its place in the "
        "file) in this review, not in the file",
        "1 repeated id (first on line 3): each repeat is named ID#N (N: its place in the "
        "file) in this review, not in the file",
    )
    second, third = document.segments[1].revised("いい"), document.segments[2].revised("うう")
    write_document(replace(document, segments=[document.segments[0], second, third]), path)
    expected = text.replace("<target>い</target>", '<target state="translated">いい</target>')
    expected = expected.replace("<target>う</target>", '<target state="translated">うう</target>')
    assert path.read_text(encoding="utf-8") == expected


def test_comments_in_an_xliff_2_unit_and_segment_are_read_and_kept(tmp_path: Path) -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">\n'
        '  <file id="f1">\n    <unit id="u1">\n      <!-- in the unit -->\n'
        '      <segment id="s1">\n        <!-- in the segment -->\n'
        '        <source>Hello <ph id="1"/> world</source>\n        <!-- between -->\n'
        '        <target>こんにちは<ph id="1"/>世界</target>\n      </segment>\n'
        "    </unit>\n  </file>\n</xliff>\n"
    )
    path = tmp_path / "c.xlf"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    [segment] = document.segments
    assert (segment.source, segment.mt) == ("Hello <x1/> world", "こんにちは<x1/>世界")
    write_document(replace(document, segments=[segment.revised("こんにちは、<x1/>世界")]), path)
    # no target-language made up, no MT kept: the target and its state change, nothing else
    assert read_document(path).segments[0].target == "こんにちは、<x1/>世界"
    assert path.read_text(encoding="utf-8") == text.replace(
        '<segment id="s1">', '<segment id="s1" state="reviewed">'
    ).replace("こんにちは<ph", "こんにちは、<ph")


def test_a_group_s_translate_no_leaves_its_units_out_unless_one_says_yes(tmp_path: Path) -> None:
    path = tmp_path / "groups.xlf"
    path.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="f" '
        'source-language="en" target-language="ja" datatype="plaintext"><body>'
        '<group translate="no"><trans-unit id="a"><source>NOT to translate.</source></trans-unit>'
        '<group><trans-unit id="b"><source>Nor this</source></trans-unit></group>'
        '<trans-unit id="c" translate="yes"><source>Yes</source></trans-unit></group>'
        '<trans-unit id="d"><source>Hi</source></trans-unit></body></file></xliff>',
        encoding="utf-8",
    )
    assert [s.id for s in read_document(path).segments] == ["c", "d"]
