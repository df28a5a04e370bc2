"""Every reader and writer on real files from CAT tools and public projects
(tests/data/real and tests/data/qa, provenance in their PROVENANCE.md): no traceback, no
refusal; a no-op round trip gives the same bytes; an edit changes that target (and its
state) and nothing else."""

from __future__ import annotations

import difflib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from review.core.glossary_edit import Addition, AdditionKind
from review.core.model import Document, Segment
from review.formats.documents import read_document, write_document
from review.formats.glossaries import read_glossary
from review.formats.glossary_append import append_additions

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
QA = REAL.parent / "qa"
DOCUMENTS = sorted(
    p
    for folder in ("xliff12", "xliff2", "sdlxliff", "mqxliff", "tmx", "po", "ts")
    for p in (REAL / folder).iterdir()
) + sorted(
    p
    for folder in QA.iterdir()
    if folder.name.startswith(("tune", "heldout"))
    for entry in folder.iterdir()
    for p in (
        [*entry.glob("values-*/strings.xml"), *entry.glob("ja*.lproj/*.strings")]  # Android's,
        if entry.is_dir()  # Apple's
        else [entry]
    )
)
TERMBASES = sorted((REAL / "tbx").iterdir())


def _format(path: Path) -> str:
    formats = {
        ".tmx": "tmx",
        ".po": "po",
        ".ts": "ts",
        ".xcstrings": "xcstrings",
        ".strings": "strings",
    }
    return formats.get(path.suffix, "android" if path.suffix == ".xml" else "xliff")


def _copy(path: Path, tmp_path: Path) -> Path:
    """A copy of the file in `tmp_path`; of Android or Apple strings, with their project's
    default or English strings beside them, as the reader finds them."""
    if path.suffix in (".xml", ".strings"):
        project = tmp_path / path.parent.parent.name
        shutil.copytree(path.parent.parent, project)
        return project / path.parent.name / path.name
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    return copy


def test_the_corpus_is_large_enough() -> None:
    assert len(DOCUMENTS) >= 60 and len(TERMBASES) >= 5
    listed = (REAL / "PROVENANCE.md").read_text(encoding="utf-8")
    listed += (QA / "PROVENANCE.md").read_text(encoding="utf-8")
    assert all(p.name in listed for p in [*DOCUMENTS, *TERMBASES])


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_a_no_op_round_trip_gives_the_same_bytes(path: Path, tmp_path: Path) -> None:
    copy = _copy(path, tmp_path)
    document = read_document(copy, fmt=_format(path))
    assert document.segments
    out = _out(copy, tmp_path)
    write_document(document, out, _format(path))
    assert out.read_bytes() == path.read_bytes()


def _out(copy: Path, tmp_path: Path) -> Path:
    """Where a copy is written to: Android and Apple strings in another Japanese folder of
    their project, whose default or English strings are their source."""
    if copy.suffix not in (".xml", ".strings"):
        return tmp_path / ("out" + copy.suffix)
    folder = copy.parent.parent / ("values-ja-out" if copy.suffix == ".xml" else "ja-out.lproj")
    folder.mkdir()
    return folder / copy.name


def _edited(segment: Segment) -> Segment:
    return segment.revised(segment.target + "（確認済み）")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_an_edit_changes_that_target_and_nothing_else(path: Path, tmp_path: Path) -> None:
    copy = _copy(path, tmp_path)
    document = read_document(copy, fmt=_format(path))
    chosen = {document.segments[0].id, document.segments[-1].id}
    segments = [_edited(s) if s.id in chosen else s for s in document.segments]
    out = _out(copy, tmp_path)
    write_document(replace(document, segments=segments), out, _format(path))
    again = read_document(out, fmt=_format(path))
    assert [s.id for s in again.segments] == [s.id for s in document.segments]
    for before, after, wanted in zip(document.segments, again.segments, segments, strict=True):
        assert after.target == wanted.target
        assert after.source == before.source
    _only_units_changed(path.read_bytes(), out.read_bytes(), document, chosen)


def _only_units_changed(old: bytes, new: bytes, document: Document, ids: set[str]) -> None:
    """Every line that differs lies in the unit of an edited segment."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    allowed: list[tuple[int, int]] = []
    starts = sorted(document.lines.values())
    for segment_id in ids:
        first = document.lines[segment_id]
        later = [line for line in starts if line > first]
        allowed.append((first - 2, (later[0] if later else len(old_lines) + 1)))
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "equal":
            continue
        line = i1 + 1  # 1-based; an insertion sits before line i1 + 1
        assert any(low <= line <= max(high, i2) for low, high in allowed), (tag, i1, i2)


@pytest.mark.parametrize("path", TERMBASES, ids=lambda p: p.name)
def test_a_real_termbase_reads_and_takes_an_addition_with_every_other_byte_kept(
    path: Path, tmp_path: Path
) -> None:
    copy = _copy(path, tmp_path)
    glossary = read_glossary(copy)
    data = copy.read_bytes()
    addition = Addition(AdditionKind.VARIANT, accepted="クラウド", variant="クラウト")
    grown = append_additions(data, copy, [addition])
    assert _one_insertion(data, grown)
    copy.write_bytes(grown)
    again = read_glossary(copy)
    assert [e.id for e in again.entries][: len(glossary.entries)] == [
        e.id for e in glossary.entries
    ]
    assert any("クラウト" in (v.form for v in e.variants) for e in again.entries)


def test_the_xml_of_every_file_is_well_formed() -> None:
    for path in [*DOCUMENTS, *TERMBASES]:
        if path.suffix not in (".po", ".xcstrings", ".strings"):
            etree.parse(str(path))


def _one_insertion(old: bytes, new: bytes) -> bool:
    """Whether `new` is `old` with bytes inserted at one place."""
    prefix = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old))
    return len(new) > len(old) and new.endswith(old[prefix:])


def test_the_cat_tools_own_statuses_are_read() -> None:
    trados = read_document(REAL / "sdlxliff" / "mihnita__okapi__test.txt_en-US_fr-FR.sdlxliff")
    assert [s.tool_status for s in trados.segments][:4] == [
        "Translated",
        "Translated",
        "Draft",
        "ApprovedSignOff",
    ]
    unconfirmed = read_document(REAL / "sdlxliff" / "mihnita__okapi__simpleTest15984.sdlxliff")
    assert unconfirmed.segments[1].tool_status == "Unspecified"  # no conf: not translated
    assert unconfirmed.segments[1].not_started
    memoq = (
        REAL / "mqxliff" / "michaelbeijer__Supervertaler__test_document_memoQ_bilingual_.mqxliff"
    )
    assert {s.tool_status for s in read_document(memoq).segments} == {"NotStarted"}
