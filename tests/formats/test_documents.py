from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.model import Document, Segment, Status
from review.formats.documents import read_document, render_document, write_document
from review.formats.errors import InputError


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_jsonl_reads_every_field(tmp_path: Path) -> None:
    doc = read_document(
        write(
            tmp_path / "d.jsonl",
            '{"id": 1, "mt": "あ", "source": "a", "reference": "ア", "revision": "い", '
            '"status": "approved", "note": "ok"}\n\n{"id": "b", "mt": "う"}\n',
        )
    )
    first, second = doc.segments
    assert first == Segment("1", "あ", "a", "ア", "い", Status.APPROVED, "ok")
    assert second == Segment("b", "う")


def test_revision_without_status_counts_as_edited(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "d.jsonl", '{"id": "1", "mt": "あ", "revision": "い"}\n'))
    assert doc.segments[0].status is Status.EDITED


def test_tsv_keeps_leading_quotes_and_escapes(tmp_path: Path) -> None:
    text = 'id\tmt\tnote\n1\t"安全で"\ta\\tb\\nc\n'
    doc = read_document(write(tmp_path / "d.tsv", text))
    assert doc.segments[0].mt == '"安全で"'
    assert doc.segments[0].note == "a\tb\nc"


def test_csv_with_quoted_cells_and_crlf(tmp_path: Path) -> None:
    text = 'mt,id,reference\r\n"「引用」, ""and"" more",s1,\r\n'
    [segment] = read_document(write(tmp_path / "d.csv", text)).segments
    assert segment == Segment("s1", '「引用」, "and" more')


def test_plain_text_with_aligned_source_and_reference(tmp_path: Path) -> None:
    mt = write(tmp_path / "mt.txt", "一\n二\n")
    src = write(tmp_path / "src.txt", "one\ntwo\n")
    ref = write(tmp_path / "ref.txt", "壱\n弐")
    doc = read_document(mt, source=src, reference=ref)
    assert [(s.id, s.mt, s.source, s.reference) for s in doc.segments] == [
        ("1", "一", "one", "壱"),
        ("2", "二", "two", "弐"),
    ]


def test_bom_and_utf16_are_read(tmp_path: Path) -> None:
    line = '{"id": "1", "mt": "日本語"}\n'
    assert read_document(write(tmp_path / "a.jsonl", "\ufeff" + line)).segments[0].mt == "日本語"
    assert read_document(write(tmp_path / "b.jsonl", line, "utf-16")).segments[0].mt == "日本語"
    cp932 = write(tmp_path / "c.jsonl", line, "cp932")
    assert read_document(cp932, encoding="cp932").segments[0].mt == "日本語"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "bad.jsonl",
            b'{"id": "1", "mt": "a"}\n{"id": "2", "mt": }\n',
            r"bad.jsonl:2: not valid JSON",
        ),
        ("arr.jsonl", b'["a"]\n', r"arr.jsonl:1: each line must be a JSON object"),
        (
            "split.jsonl",
            b'{"id": "1", "mt": "x"}, {"id": "2"\n"mt": "y"}\n',
            "split.jsonl:1: not valid JSON",
        ),
        ("noid.jsonl", b'{"mt": "a"}\n', r"noid.jsonl:1: missing “id”"),
        ("nomt.jsonl", b'{"id": "1"}\n', r"nomt.jsonl:1: missing “mt”"),
        (
            "key.jsonl",
            b'{"id": "1", "mt": "a", "refrence": "x"}\n',
            r"key.jsonl:1: unknown field “refrence”",
        ),
        (
            "st.jsonl",
            b'{"id": "1", "mt": "a", "status": "done"}\n',
            r"st.jsonl:1: unknown status “done”",
        ),
        ("type.jsonl", b'{"id": "1", "mt": 3}\n', r"type.jsonl:1: “mt” must be a string"),
        (
            "dup.jsonl",
            b'{"id": "1", "mt": "a"}\n{"id": 1, "mt": "b"}\n',
            r"dup.jsonl:2: duplicate id “1” (first on line 1)",
        ),
        ("col.tsv", b"id\tsource\n1\ta\n", r"col.tsv:1: missing column “mt”"),
        ("unk.tsv", b"id\tmt\tcomment\n", r"unk.tsv:1: unknown column “comment”"),
        ("wide.tsv", b"id\tmt\n1\ta\tb\n", r"wide.tsv:2: 3 cells but the header names 2"),
        ("dupt.csv", b"id,mt\n1,a\n1,b\n", r"dupt.csv:3: duplicate id “1”"),
        (
            "latin.jsonl",
            '{"id": "1", "mt": "x"}\n{"id": "2", "mt": "café"}\n'.encode("latin-1"),
            r"latin.jsonl:2: byte 0xe9 at column 23 is not valid utf-8 (nor Shift_JIS/CP932",
        ),
        ("empty.jsonl", b"", r"empty.jsonl: empty file"),
        ("blank.txt", b"\n  \n", r"blank.txt: empty file"),
        ("doc.xml", b"<x/>", r"doc.xml: cannot tell the format"),
    ],
)
def test_bad_input_names_file_and_line(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_and_mismatched_line_counts(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.jsonl: no such file"):
        read_document(tmp_path / "nope.jsonl")
    mt = write(tmp_path / "mt.txt", "一\n二\n")
    src = write(tmp_path / "src.txt", "one\n")
    with pytest.raises(InputError, match="src.txt: has 1 lines but .* has 2"):
        read_document(mt, source=src)
    with pytest.raises(InputError, match="only to plain-text"):
        read_document(write(tmp_path / "d.jsonl", '{"id": "1", "mt": "a"}'), source=src)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
SEGMENTS = st.lists(
    st.builds(
        Segment,
        id=st.text(
            st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=6
        ).filter(lambda s: s.strip() == s and s != ""),
        mt=TEXT,
        source=st.none() | TEXT.filter(bool),
        reference=st.none() | TEXT.filter(bool),
        revision=st.none() | TEXT.filter(bool),
        status=st.sampled_from(Status),
        note=TEXT,
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda s: s.id,
)


@settings(max_examples=150, deadline=None)
@given(SEGMENTS, st.sampled_from(["jsonl", "tsv", "csv"]))
def test_round_trip(
    tmp_path_factory: pytest.TempPathFactory, segments: list[Segment], fmt: str
) -> None:
    if fmt == "csv" and any(s.id.startswith("#") for s in segments):
        return
    path = tmp_path_factory.mktemp("rt") / f"doc.{fmt}"
    write_document(Document(segments), path)
    assert read_document(path).segments == segments


def test_txt_export_is_the_corrected_text() -> None:
    doc = Document([Segment("1", "あ"), Segment("2", "い", revision="う\nえ")])
    assert render_document(doc, "txt").decode() == "あ\nう え\n"


def test_jsonl_output_is_one_object_per_line_with_every_key() -> None:
    line = render_document(Document([Segment("1", "あ")]), "jsonl").decode()
    assert json.loads(line) == {
        "id": "1",
        "source": None,
        "mt": "あ",
        "reference": None,
        "revision": None,
        "status": "new",
        "note": "",
    }


@settings(max_examples=100, deadline=None)
@given(SEGMENTS, st.data())
def test_jsonl_written_back_changes_only_the_lines_of_changed_segments(
    tmp_path_factory: pytest.TempPathFactory, segments: list[Segment], data: st.DataObject
) -> None:
    path = tmp_path_factory.mktemp("wb") / "doc.jsonl"
    write_document(Document(segments), path)
    before = path.read_text(encoding="utf-8").split("\n")[:-1]
    document = read_document(path)
    edited = [
        s.revised(data.draw(TEXT.filter(bool))) if data.draw(st.booleans()) else s
        for s in document.segments
    ]
    out = render_document(Document(edited, origin=document.origin), "jsonl").decode("utf-8")
    (path.parent / "out.jsonl").write_text(out, encoding="utf-8")
    assert read_document(path.parent / "out.jsonl").segments == edited
    after = out.split("\n")[:-1]
    for old, new, line, again in zip(document.segments, edited, before, after, strict=True):
        assert (line == again) == (old == new)


def test_jsonl_written_back_keeps_a_line_s_spacing_and_escapes_and_what_it_implied(
    tmp_path: Path,
) -> None:
    text = '{"id":"a","mt":"\\u3042","revision":"\\u3044"}\n'
    document = read_document(write(tmp_path / "d.jsonl", text))
    reverted = replace(document.segments[0], revision=None)
    out = render_document(Document([reverted], origin=document.origin), "jsonl").decode()
    assert out == '{"id":"a","mt":"\\u3042","revision":null,"status":"edited"}\n'
    assert read_document(write(tmp_path / "again.jsonl", out)).segments == [reverted]


def test_jsonl_written_back_keeps_key_order_unknown_absent_keys_and_line_ends(
    tmp_path: Path,
) -> None:
    text = '{"mt": "オープンAI", "id": 7}\r\n\r\n{"id": "b", "mt": "う", "note": "x"}\r\n'
    document = read_document(write(tmp_path / "d.jsonl", text))
    fixed = document.segments[0].revised("OpenAI")
    out = render_document(Document([fixed, document.segments[1]], origin=document.origin), "jsonl")
    assert out.decode("utf-8") == (
        '{"mt": "オープンAI", "id": 7, "revision": "OpenAI"}\r\n\r\n'
        '{"id": "b", "mt": "う", "note": "x"}\r\n'
    )


def test_jsonl_written_back_keeps_the_byte_order_mark_and_the_encoding(tmp_path: Path) -> None:
    for encoding, data in (
        ("utf-8-sig", '{"id": "a", "mt": "あ"}\n{"id": "b", "mt": "い"}\n'),
        ("utf-16", '{"id": "a", "mt": "あ"}\r\n{"id": "b", "mt": "い"}\r\n'),
    ):
        path = write(tmp_path / "d.jsonl", data, encoding)
        document = read_document(path)
        fixed = [document.segments[0], document.segments[1].revised("う")]
        out = render_document(Document(fixed, origin=document.origin), "jsonl")
        assert out.startswith(path.read_bytes()[: 3 if encoding == "utf-8-sig" else 2])
        assert out.decode(encoding) == data.replace('"い"}', '"い", "revision": "う"}')


def test_txt_written_back_keeps_the_encoding_line_ends_and_a_missing_last_newline(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "d.txt", "オープンAI\r\nそのまま\r\n最後", "cp932")
    document = read_document(path)
    fixed = [document.segments[0].revised("OpenAI"), *document.segments[1:]]
    out = render_document(Document(fixed, origin=document.origin), "txt")
    assert out == "OpenAI\r\nそのまま\r\n最後".encode("cp932")
