"""TSV and CSV documents written back over the table they were read from."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.core.model import Document, Segment, Status
from review.formats.documents import read_document, render_document, write_document
from review.formats.errors import OutputError

CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=8)


def _revised(path: Path, changes: dict[int, str]) -> bytes:
    document = read_document(path)
    segments = [
        s.revised(changes[i]) if i in changes else s for i, s in enumerate(document.segments)
    ]
    return render_document(Document(segments, origin=document.origin), path.suffix[1:])


def test_a_shift_jis_csv_keeps_its_encoding_line_ends_and_untouched_rows(tmp_path: Path) -> None:
    text = "id,source,mt\r\ns1,Open,オープンAIを開く\r\ns2,Close,閉じる\r\n"
    path = tmp_path / "job.csv"
    path.write_bytes(text.encode("cp932"))
    out = _revised(path, {0: "OpenAIを開く"})
    assert out.decode("cp932") == (
        "id,source,mt,revision\r\ns1,Open,オープンAIを開く,OpenAIを開く\r\ns2,Close,閉じる\r\n"
    )
    again = tmp_path / "again.csv"
    again.write_bytes(out)
    assert read_document(again).segments[0].status is Status.EDITED


def test_a_status_the_row_would_not_imply_is_written(tmp_path: Path) -> None:
    path = tmp_path / "job.tsv"
    path.write_text("id\tmt\ns1\tあ\ns2\tい\n", encoding="utf-8")
    document = read_document(path)
    approved = replace(document.segments[0], status=Status.APPROVED)
    out = render_document(Document([approved, document.segments[1]], origin=document.origin), "tsv")
    assert out.decode() == "id\tmt\tstatus\ns1\tあ\tapproved\ns2\tい\n"


def test_a_cell_is_written_as_its_row_writes_cells(tmp_path: Path) -> None:
    text = '"id","mt","revision","note"\n"s1","あ","",""\n"s2","い","う","x, y"\n'
    path = tmp_path / "job.csv"
    path.write_text(text, encoding="utf-8")
    out = _revised(path, {0: 'え"お', 1: "か"}).decode()
    assert out == ('"id","mt","revision","note"\n"s1","あ","え""お",""\n"s2","い","か","x, y"\n'), (
        "quoted as the file quotes; no status column, since the revision implies it"
    )


def test_a_tsv_with_a_byte_order_mark_keeps_it_and_its_escapes(tmp_path: Path) -> None:
    text = '\ufeffid\tmt\trevision\n1\ta\\tb\t\n2\t"引用"\tc\\nd\n'
    path = tmp_path / "job.tsv"
    path.write_text(text, encoding="utf-8")
    out = _revised(path, {1: "新しい\tタブ"})
    assert out.decode("utf-8") == '\ufeffid\tmt\trevision\n1\ta\\tb\t\n2\t"引用"\t新しい\\tタブ\n'


def test_an_unchanged_table_is_written_back_byte_for_byte(tmp_path: Path) -> None:
    data = 'id,mt,note\n\n s1 ,"a\r\nb",""\n'.encode("euc_jp")
    path = tmp_path / "job.csv"
    path.write_bytes(data)
    document = read_document(path)
    assert render_document(document, "csv") == data


def test_a_character_the_encoding_lacks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "job.csv"
    path.write_bytes("id,mt\ns1,あ\n".encode("cp932"))
    with pytest.raises(OutputError, match="cannot be written in cp932"):
        _revised(path, {0: "𠮷"})


def test_another_format_or_a_new_table_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "job.csv"
    path.write_bytes("id,mt\ns1,あ\n".encode("cp932"))
    document = read_document(path)
    assert render_document(document, "tsv").decode() == (
        "id\tsource\tmt\treference\trevision\tstatus\tnote\ns1\t\tあ\t\t\tnew\t\n"
    )
    assert render_document(Document(document.segments), "csv").decode("utf-8").startswith("id,")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(CELL, CELL), min_size=1, max_size=5),
    st.sampled_from(["tsv", "csv"]),
    st.data(),
)
def test_written_back_reads_as_the_review_left_it_and_keeps_other_rows(
    tmp_path_factory: pytest.TempPathFactory,
    cells: list[tuple[str, str]],
    dialect: str,
    data: st.DataObject,
) -> None:
    segments = [Segment(f"s{i}", mt, note=note) for i, (mt, note) in enumerate(cells)]
    path = tmp_path_factory.mktemp("wb") / f"doc.{dialect}"
    write_document(Document(segments), path)
    before = path.read_bytes().split(b"\n")
    document = read_document(path)
    edited = [
        s.revised(data.draw(CELL.filter(bool))) if data.draw(st.booleans()) else s
        for s in document.segments
    ]
    out = render_document(Document(edited, origin=document.origin), dialect)
    again = path.with_name(f"again.{dialect}")
    again.write_bytes(out)
    assert read_document(again).segments == edited
    if dialect == "tsv":  # a CSV cell may span lines
        after = out.split(b"\n")
        rows = zip(document.segments, edited, before[1:-1], after[1:-1], strict=True)
        for old, new, line, written in rows:
            assert (line == written) == (old == new)
    assert all(s.status is Status.EDITED for s in read_document(again).segments if s.revision)
