"""Excel workbooks: bilingual tables and glossaries chosen by header, a reviewed table written
back with only the reviewer's cells changed."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from review.cli import main
from review.core.model import Status
from review.formats.documents import read_document, render_document, write_document
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary
from review.formats.xlsx_cells import SheetEdit, write_cells


def _table(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Strings"
    sheet.append(["Project strings, December"])  # a title row above the header
    sheet.append([])
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    other = book.create_sheet("Instructions")
    other["A1"] = "Do not translate product names."
    other["B2"] = 42
    book.save(path)
    return path


def _cells(path: Path) -> dict[str, list[list[object]]]:
    book = openpyxl.load_workbook(path)
    return {s.title: [list(r) for r in s.iter_rows(values_only=True)] for s in book.worksheets}


ROWS: list[list[object]] = [
    ["app.open", "Open the file", "ファイルを開く", ""],
    ["app.save", "Save", "セーブ", "button"],
    ["app.count", "3 files", 3, ""],
]


def test_columns_are_chosen_by_their_header(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Comment"], ROWS)
    document = read_document(path)
    assert [(s.id, s.source, s.mt, s.note) for s in document.segments] == [
        ("app.open", "Open the file", "ファイルを開く", ""),
        ("app.save", "Save", "セーブ", "button"),
        ("app.count", "3 files", "3", ""),
    ]
    assert document.lines["app.save"] == 5


def test_a_table_without_ids_takes_row_numbers(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["原文", "訳文"], [r[1:3] for r in ROWS])
    assert [s.id for s in read_document(path).segments] == ["4", "5", "6"]


def test_other_columns_are_not_read_and_said_so(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Max length"], ROWS)
    document = read_document(path)
    assert [s.mt for s in document.segments][:2] == ["ファイルを開く", "セーブ"]
    assert document.notices == ("columns not read: Max length",)


def test_no_target_column_names_the_headers_found_and_known(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "French"], ROWS)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "no sheet has a “mt” column" in message
    assert "sheet “Strings” row 3 reads “Key”, “English”, “French”" in message
    assert "columns it knows: id, source, mt" in message


def test_a_review_is_written_back_into_its_cells_alone(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Comment"], ROWS)
    before = _cells(path)
    document = read_document(path)
    segments = list(document.segments)
    segments[1] = replace(segments[1].revised("保存"), status=Status.APPROVED)
    segments[2] = replace(segments[2], note="check the counter")
    write_document(replace(document, segments=segments), path)
    after = _cells(path)
    assert after["Instructions"] == before["Instructions"]
    strings = after["Strings"]
    assert [row[:4] for row in strings] == [
        row[:4] if i != 5 else [*row[:3], "check the counter"]
        for i, row in enumerate(before["Strings"])
    ]
    assert strings[2][4:] == ["revision", "status"]
    assert [row[4:] for row in strings[3:]] == [[None, None], ["保存", "approved"], [None, None]]
    again = read_document(path)
    assert [(s.revision, s.status, s.note) for s in again.segments] == [
        (None, Status.NEW, ""),
        ("保存", Status.APPROVED, "button"),
        (None, Status.NEW, "check the counter"),
    ]
    assert openpyxl.load_workbook(path)["Strings"]["A3"].font.bold


def test_no_change_gives_the_same_bytes(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Comment"], ROWS)
    data = path.read_bytes()
    assert render_document(read_document(path), "xlsx") == data


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_workbook_with_a_chart_is_written_back_with_its_chart(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Comment"], ROWS)
    book = openpyxl.load_workbook(path)
    sheet = book["Instructions"]
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=2, max_row=2))
    sheet.add_chart(chart, "D4")
    book.save(path)
    before = _members(path)
    document = read_document(path)
    edited = replace(
        document, segments=[document.segments[0].revised("開く"), *document.segments[1:]]
    )
    write_document(edited, path)
    after = _members(path)
    assert after.keys() == before.keys()
    assert [name for name in after if after[name] != before[name]] == ["xl/worksheets/sheet1.xml"]
    assert read_document(path).segments[0].revision == "開く"


def test_a_sheet_gets_its_new_cells_and_nothing_else(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Comment"], ROWS)
    before = _members(path)["xl/worksheets/sheet1.xml"].decode("utf-8")
    document = read_document(path)
    fixed = document.segments[1].revised(" 保存 ")
    write_document(
        replace(document, segments=[document.segments[0], fixed, document.segments[2]]), path
    )
    after = _members(path)["xl/worksheets/sheet1.xml"].decode("utf-8")
    added = [
        '<c r="E3" t="inlineStr"><is><t>revision</t></is></c>',
        '<c r="F3" t="inlineStr"><is><t>status</t></is></c>',
        '<c r="E5" t="inlineStr"><is><t xml:space="preserve"> 保存 </t></is></c>',
        '<c r="F5" t="inlineStr"><is><t>edited</t></is></c>',
    ]
    for cell in added:
        assert cell in after
        after = after.replace(cell, "")
    assert after == before.replace('ref="A1:D6"', 'ref="A1:F6"')
    assert read_document(path).segments[1].revision == " 保存 "


@pytest.mark.parametrize(
    "change",
    [
        lambda sheet: re.sub(r' r="[A-Z]+[0-9]+"', "", sheet),  # cells without references
        lambda sheet: sheet.replace('<c r="E5"', '<c r="D5"><f>1+1</f></c><c r="E5"'),
    ],
    ids=["no references", "a formula where the revision goes"],
)
def test_a_sheet_laid_out_otherwise_is_written_by_openpyxl(
    tmp_path: Path, change: Callable[[str], str]
) -> None:
    path = _table(
        tmp_path / "t.xlsx",
        ["Key", "English", "Japanese", "Revision", "Comment"],
        [[*row[:3], None, row[3]] for row in ROWS],
    )
    members = _members(path)
    sheet = members["xl/worksheets/sheet1.xml"].decode("utf-8")
    members["xl/worksheets/sheet1.xml"] = change(sheet).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    document = read_document(path)
    fixed = document.segments[1].revised("保存")
    edit = SheetEdit(3, {"id": 1, "source": 2, "mt": 3, "revision": 4}, [(5, "revision", "保存")])
    assert write_cells(path.read_bytes(), path, {"Strings": edit}) is None
    write_document(
        replace(document, segments=[document.segments[0], fixed, document.segments[2]]), path
    )
    assert read_document(path).segments[1].revision == "保存"


def test_another_document_exports_as_a_new_workbook(tmp_path: Path) -> None:
    source = tmp_path / "d.jsonl"
    source.write_text('{"id": "1", "mt": "テスト", "source": "Test"}\n', encoding="utf-8")
    out = tmp_path / "d.xlsx"
    assert main(["export", str(source), "--format", "xlsx", "-o", str(out)]) == 0
    assert _cells(out)["review"][:2] == [
        ["id", "source", "mt", "reference", "revision", "status", "note"],
        ["1", "Test", "テスト", None, None, "new", None],
    ]
    assert [s.mt for s in read_document(out).segments] == ["テスト"]


def test_not_a_workbook_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_text("id\tmt\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a zip archive"):
        read_document(path)


def test_an_excel_glossary_by_its_headers(tmp_path: Path) -> None:
    path = tmp_path / "terms.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["English", "Japanese", "Forbidden", "Comment"])
    sheet.append(["OpenAI", "OpenAI", "オープンAI", "company"])
    sheet.append(["save", "保存", "", ""])
    book.save(path)
    glossary = read_glossary(path)
    assert [(e.source, e.accepted, e.note) for e in glossary.entries] == [
        (("OpenAI",), ("OpenAI",), "company"),
        (("save",), ("保存",), ""),
    ]
    assert [v.form for v in glossary.entries[0].variants] == ["オープンAI"]
    assert glossary.entries[1].line == 3


def test_check_runs_on_a_workbook_with_an_excel_glossary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Comment"], ROWS)
    terms = tmp_path / "terms.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["English", "Japanese", "Forbidden"])
    sheet.append(["Save", "保存", "セーブ"])
    book.save(terms)
    assert main(["check", str(doc), "--glossary", str(terms), "--format", "compact"]) == 1
    out = capsys.readouterr().out
    assert "t.xlsx:5:1: error glossary: “セーブ” → “保存”" in out


def test_compact_lines_name_the_sheet_of_a_workbook_of_several_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese", "Comment"], ROWS)
    book = openpyxl.load_workbook(doc)
    menus = book.create_sheet("Menus")
    menus.append(["Key", "English", "Japanese"])
    menus.append(["menu.save", "Save", "セーブ"])
    book.save(doc)
    terms = tmp_path / "terms.tsv"
    terms.write_text("source\taccepted\tforbidden\nSave\t保存\tセーブ\n", encoding="utf-8")
    assert main(["check", str(doc), "--glossary", str(terms), "--format", "compact"]) == 1
    out = capsys.readouterr().out
    assert f"{doc}[Strings]:5:1: error glossary: “セーブ”" in out
    assert f"{doc}[Menus]:2:1: error glossary: “セーブ”" in out


REAL = Path(__file__).resolve().parent.parent / "data" / "real" / "xlsx"
TABLES = [
    REAL / "lich426__FanCtrl__Language.xlsx",
    REAL / "Dekokiyo__UM-TranslateFiles__Localization.xlsx",
]


@pytest.mark.parametrize("real", TABLES, ids=lambda p: p.name)
def test_a_real_table_round_trips_with_only_the_reviewed_cells_changed(
    real: Path, tmp_path: Path
) -> None:
    path = tmp_path / real.name
    path.write_bytes(real.read_bytes())
    document = read_document(path)
    assert render_document(document, "xlsx") == real.read_bytes()
    first, *middle, last = document.segments
    segments = [
        replace(first.revised(first.target + "（確認）"), status=Status.APPROVED),
        *middle,
        replace(last, note="要確認"),
    ]
    before = _cells(path)
    members = _members(path)
    write_document(replace(document, segments=segments), path)
    changed_members = [n for n, data in _members(path).items() if data != members[n]]
    assert all(name.startswith("xl/worksheets/") for name in changed_members)
    after = _cells(path)
    assert after.keys() == before.keys()
    changed = {
        (sheet, r, c)
        for sheet, rows in after.items()
        for r, row in enumerate(rows)
        for c, value in enumerate(row)
        if value != (before[sheet][r][c] if r < len(before[sheet]) and c < len(before[sheet][r])
                     else None)
    }  # fmt: skip
    assert len(changed) <= 2 + 2 + 2 * 2  # revision, status, note, and their new headers
    again = read_document(path)
    assert again.segments[0].revision == first.target + "（確認）"
    assert again.segments[0].status is Status.APPROVED
    assert again.segments[-1].note == "要確認"
    assert [s.mt for s in again.segments] == [s.mt for s in document.segments]


def test_real_tables_are_read_by_their_headers() -> None:
    fan = read_document(TABLES[0])
    assert (fan.segments[0].id, fan.segments[0].source, fan.segments[0].mt) == (
        "Add",
        "Add",
        "追加",
    )
    assert fan.notices == ("columns not read: de, es, fr, ko, ru",)
    game = read_document(TABLES[1])
    assert game.segments[1].id == "General:Language"  # keys in a column with no header
    assert (game.segments[1].source, game.segments[1].mt) == ("Lang:{0}", "言語:{0}")


def test_a_real_glossary_on_its_fourth_sheet() -> None:
    glossary = read_glossary(REAL / "hakupao__sdtm-pedia__99____.xlsx")
    by_id = {e.id: e for e in glossary.entries}
    assert by_id["実施回"].source == ("round",)
    assert by_id["合格判定基準"].source == ("PASS 四条", "PASS 五条")  # two rows, one term
    assert not any(e.source == ("【注意書き】",) for e in glossary.entries)  # a note row


def test_a_real_workbook_with_a_picture_is_seen_to_hold_one() -> None:
    from review.formats.xlsx import _drawings

    assert _drawings((REAL / "modeverv__setPassToExcelDotNet__image.xlsx").read_bytes())


def test_a_damaged_workbook_is_one_line(tmp_path: Path) -> None:
    path = _table(tmp_path / "t.xlsx", ["Key", "English", "Japanese"], [r[:3] for r in ROWS])
    data = bytearray(path.read_bytes())
    start = data.find(b"xl/worksheets/sheet1.xml") + 60
    data[start : start + 16] = b"\x00" * 16
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ")
