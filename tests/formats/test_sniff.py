"""Telling formats apart by content where the extension says nothing, and a workbook never
read as text."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from review.cli import main
from review.formats.documents import bundle_document, read_document
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary
from review.formats.sniff import sniff

DATA = Path(__file__).resolve().parent.parent / "data"
XLIFF = DATA / "real" / "xliff12" / "kimai__kimai__messages.ja.xlf"
TMX = next((DATA / "real" / "tmx").iterdir())
TBX = next((DATA / "real" / "tbx").iterdir())
PO = DATA / "qa" / "tune" / "sphinx-doc__sphinx__sphinx.po"


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["id", "mt"])
    sheet.append(["1", "テスト"])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("original", "fmt"), [(XLIFF, "xliff"), (TMX, "tmx"), (PO, "po"), (TBX, "termbase")]
)
def test_content_tells_the_format_under_any_extension(
    original: Path, fmt: str, tmp_path: Path
) -> None:
    copy = tmp_path / "file.xml"
    shutil.copyfile(original, copy)
    assert sniff(copy) == fmt


def test_a_renamed_document_reads_as_what_it_is(tmp_path: Path) -> None:
    copy = tmp_path / "strings.xml"
    shutil.copyfile(XLIFF, copy)
    assert read_document(copy).segments == read_document(XLIFF).segments
    book = _workbook(tmp_path / "table.dat")
    assert [s.mt for s in read_document(book).segments] == ["テスト"]


def test_a_workbook_read_as_text_names_the_right_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = _workbook(tmp_path / "table.xlsx")
    for fmt in ("txt", "tsv"):
        assert main(["check", str(book), "--input-format", fmt]) == 2
        err = capsys.readouterr().err
        assert err == f"review: {book}: is an Excel workbook, not {fmt}: pass --input-format xlsx\n"


def test_a_renamed_package_is_read_and_a_termbase_or_a_zip_is_one_clear_line(
    tmp_path: Path,
) -> None:
    package = tmp_path / "job.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.write(XLIFF, "ja-JP/messages.xlf")
    assert [s.id for s in read_document(package).segments] == [
        s.id for s in read_document(XLIFF).segments
    ]
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="a zip archive, not a document"):
        read_document(other)
    termbase = tmp_path / "terms.xml"
    shutil.copyfile(TBX, termbase)
    with pytest.raises(InputError, match="give it as --glossary"):
        read_document(termbase)
    assert read_glossary(termbase).entries == read_glossary(TBX).entries


def test_an_xcode_catalog_is_its_xliff(tmp_path: Path) -> None:
    xcode = DATA / "real" / "xliff12" / "ViennaRSS__vienna-rss__ja.xliff"
    bundle = tmp_path / "ja.xcloc"
    (bundle / "Localized Contents").mkdir(parents=True)
    (bundle / "contents.json").write_text('{"targetLocale": "ja"}', encoding="utf-8")
    inner = bundle / "Localized Contents" / "ja.xliff"
    shutil.copyfile(xcode, inner)
    glossary = tmp_path / "g.tsv"
    glossary.write_text("accepted\tforbidden\n記事\t文章\n", encoding="utf-8")
    assert main(["check", str(bundle), "--glossary", str(glossary), "--format", "compact"]) in (
        0,
        1,
    )
    assert main(["fix", str(bundle), "--glossary", str(glossary), "--in-place"]) == 0
    assert bundle.is_dir() and inner.is_file()
    assert read_document(inner).segments[0].id == read_document(xcode).segments[0].id
    (bundle / "Localized Contents" / "en.xliff").write_bytes(b"")
    with pytest.raises(InputError, match="not 2 XLIFF files"):
        bundle_document(bundle)


def test_a_folder_or_a_workbook_read_as_xliff_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "strings"
    folder.mkdir()
    assert main(["check", str(folder)]) == 2
    assert capsys.readouterr().err == f"review: {folder}: is a folder, not a document\n"
    book = _workbook(tmp_path / "table.xlsx")
    assert main(["check", str(book), "--input-format", "xliff"]) == 2
    assert "pass --input-format xlsx" in capsys.readouterr().err
    package = tmp_path / "job.xlsx"
    with zipfile.ZipFile(package, "w") as archive:
        archive.write(XLIFF, "ja-JP/messages.xlf")
    assert main(["check", str(package)]) == 2
    assert "pass --input-format package" in capsys.readouterr().err
