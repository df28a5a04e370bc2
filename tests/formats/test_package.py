"""CAT tools' packages: every XLIFF inside one document; written back with only the reviewed
XLIFF files rewritten and every other member as it was."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from review.cli import main
from review.core.model import Status
from review.formats.documents import read_document, render_document
from review.formats.errors import InputError
from review.tui.screens.export import default_name, offered

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
TRADOS = REAL / "sdlxliff" / "mihnita__okapi__test.txt_en-US_fr-FR.sdlxliff"
TRADOS_2 = REAL / "sdlxliff" / "mihnita__okapi__test1.docx.sdlxliff"
MEMOQ = REAL / "mqxliff" / "michaelbeijer__Supervertaler__test_document_memoQ_bilingual_.mqxliff"


def _package(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            method = zipfile.ZIP_STORED if name.endswith(".png") else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 6, 7, 8, 10))
            info.compress_type = method
            archive.writestr(info, data)
        archive.comment = b"made by a test"
    return path


def _sdlppx(tmp_path: Path) -> Path:
    return _package(
        tmp_path / "job.sdlppx",
        {
            "job.sdlproj": b"<Project Guid='1'/>",
            "en-US/test.txt": b"Source text\n",
            "fr-FR/test.txt.sdlxliff": TRADOS.read_bytes(),
            "fr-FR/test1.docx.sdlxliff": TRADOS_2.read_bytes(),
            "fr-FR/logo.png": b"\x89PNG not really",
        },
    )


def _members(path: Path) -> list[tuple[str, tuple[int, ...], int, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [
            (i.filename, i.date_time, i.compress_type, archive.read(i)) for i in archive.infolist()
        ]


def test_a_package_is_one_document_of_its_xliff_files(tmp_path: Path) -> None:
    document = read_document(_sdlppx(tmp_path))
    one, two = read_document(TRADOS), read_document(TRADOS_2)
    assert [s.id for s in document.segments] == [
        *(f"fr-FR/test.txt.sdlxliff:{s.id}" for s in one.segments),
        *(f"fr-FR/test1.docx.sdlxliff:{s.id}" for s in two.segments),
    ]
    assert [(s.target, s.tool_status, s.locked) for s in document.segments] == [
        (s.target, s.tool_status, s.locked) for s in [*one.segments, *two.segments]
    ]


def test_no_change_gives_the_same_bytes(tmp_path: Path) -> None:
    path = _sdlppx(tmp_path)
    assert render_document(read_document(path), "package") == path.read_bytes()


def test_a_reviewed_sdlppx_goes_back_as_an_sdlrpx_with_only_its_file_rewritten(
    tmp_path: Path,
) -> None:
    path = _sdlppx(tmp_path)
    document = read_document(path)
    segments = list(document.segments)
    segments[1] = replace(segments[1].revised("Texte révisé"), status=Status.APPROVED)
    out = tmp_path / default_name(path, "package")
    assert out.name == "job.reviewed.sdlrpx"
    out.write_bytes(render_document(replace(document, segments=segments), "package"))
    before, after = _members(path), _members(out)
    assert [m[:3] for m in after] == [m[:3] for m in before]  # names, dates, compression
    changed = [b[0] for b, a in zip(before, after, strict=True) if b[3] != a[3]]
    assert changed == ["fr-FR/test.txt.sdlxliff"]
    with zipfile.ZipFile(out) as archive:
        assert archive.comment == b"made by a test"
    again = read_document(out)
    assert again.segments[1].target == "Texte révisé"
    assert again.segments[1].tool_status == "ApprovedTranslation"
    assert [s.target for s in again.segments[2:]] == [s.target for s in document.segments[2:]]


def test_an_mqxlz_and_an_xlz_from_the_command_line(tmp_path: Path) -> None:
    mqxlz = _package(tmp_path / "doc.mqxlz", {"document.mqxliff": MEMOQ.read_bytes(),
                                              "skeleton": b"\x00\x01skeleton"})  # fmt: skip
    assert main(["check", str(mqxlz), "--no-glossary", "--format", "compact"]) in (0, 1)
    xlz = _package(tmp_path / "doc.xlz", {"content.xlf": TRADOS.read_bytes()})
    out = tmp_path / "out.xlz"
    assert main(["export", str(xlz), "--format", "package", "-o", str(out)]) == 0
    assert out.read_bytes() == xlz.read_bytes()
    assert offered(xlz)[-1] == "package" and "package" not in offered(tmp_path / "a.jsonl")


def test_a_package_without_xliff_and_a_package_written_from_elsewhere(tmp_path: Path) -> None:
    empty = _package(tmp_path / "job.sdlppx", {"job.sdlproj": b"<Project/>"})
    with pytest.raises(InputError, match="holds no XLIFF file"):
        read_document(empty)
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text('{"id": "1", "mt": "テスト"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="written back into the package it was read from"):
        render_document(read_document(jsonl), "package")


def test_a_broken_member_names_the_package_and_the_member(tmp_path: Path) -> None:
    path = _package(tmp_path / "job.xlz", {"content.xlf": b"<xliff version='1.2'><file>"})
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert "job.xlz!content.xlf" in str(caught.value)


PACKAGES = sorted((REAL / "packages").iterdir())


@pytest.mark.parametrize("real", PACKAGES, ids=lambda p: p.name)
def test_a_real_package_round_trips_with_only_the_edited_member_rewritten(
    real: Path, tmp_path: Path
) -> None:
    path = tmp_path / real.name
    path.write_bytes(real.read_bytes())
    document = read_document(path, fmt="package")
    assert render_document(document, "package") == real.read_bytes()
    *rest, last = document.segments
    edited = replace(document, segments=[*rest, last.revised(last.target + "（確認済み）")])
    out = tmp_path / ("out" + real.suffix)
    out.write_bytes(render_document(edited, "package"))
    before, after = _members(path), _members(out)
    assert [m[:3] for m in after] == [m[:3] for m in before]
    changed = [b[0] for b, a in zip(before, after, strict=True) if b[3] != a[3]]
    assert len(changed) == 1
    assert ":" not in last.id or last.id.startswith(changed[0] + ":")
    again = read_document(out, fmt="package")
    assert again.segments[-1].target == last.target + "（確認済み）"
    assert [s.target for s in again.segments[:-1]] == [s.target for s in rest]


def test_a_multilingual_trados_package_leaves_out_its_source_copy(tmp_path: Path) -> None:
    real = REAL / "packages" / "mihnita__okapi__ts2017-test01.sdlppx"
    document = read_document(real)
    assert {s.id.split(":")[0] for s in document.segments} == {
        "fr-CA/Test.docx.sdlxliff",
        "pl-PL/Test.docx.sdlxliff",
    }
    assert {s.context for s in document.segments} == {"fr-CA", "pl-PL"}


def test_a_damaged_member_is_one_line(tmp_path: Path) -> None:
    path = _sdlppx(tmp_path)
    data = bytearray(path.read_bytes())
    start = data.find(b"fr-FR/test.txt.sdlxliff") + len("fr-FR/test.txt.sdlxliff") + 40
    data[start : start + 8] = b"\xff" * 8  # inside the compressed bytes of the member
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: ")


def test_export_takes_the_package_format_from_the_output_name(tmp_path: Path) -> None:
    path = _sdlppx(tmp_path)
    out = tmp_path / "job.sdlrpx"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.read_bytes() == path.read_bytes()
