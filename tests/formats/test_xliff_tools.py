"""The CAT tools' own statuses and locks: read through each tool's table, review decisions
written back into the tool's attribute and nowhere else, on real Trados and memoQ files
(tests/data/real, provenance there) and a Phrase file written after the MXLIFF format."""

from __future__ import annotations

import difflib
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from review.core.model import Document, Status
from review.formats.documents import read_document, render_document, write_document

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
TRADOS = REAL / "sdlxliff" / "mihnita__okapi__test.txt_en-US_fr-FR.sdlxliff"
MEMOQ = REAL / "mqxliff" / "michaelbeijer__Supervertaler__test_document_memoQ_bilingual_.mqxliff"
PHRASE = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0" version="1.2" m:version="2.16">
<file original="app.json" source-language="en" target-language="ja" m:level="2">
<body>
<trans-unit id="a:0" m:confirmed="0" m:locked="false" m:trans-origin="mt"><source>Open the file</source><target>ファイルを開く</target></trans-unit>
<trans-unit id="a:1" m:confirmed="2" m:locked="false"><source>Save</source><target>保存</target></trans-unit>
<trans-unit id="a:2" m:confirmed="1" m:locked="true"><source>Acme</source><target>Acme</target></trans-unit>
<trans-unit id="a:3" m:confirmed="0"><source>Quit</source><target></target></trans-unit>
</body>
</file>
</xliff>
"""  # noqa: E501


def _copy(path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    return copy


def _decide(document: Document, decisions: dict[int, Status], tmp_path: Path) -> tuple[Path, str]:
    segments = list(document.segments)
    for index, status in decisions.items():
        segments[index] = replace(segments[index], status=status)
    out = tmp_path / ("out" + (document.path.suffix if document.path else ".xlf"))
    write_document(replace(document, segments=segments), out, "xliff")
    return out, out.read_text(encoding="utf-8")


def _changed_lines(old: str, new: str) -> list[tuple[str, str]]:
    a, b = old.splitlines(), new.splitlines()
    pairs = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
        if tag != "equal":
            pairs.append(("\n".join(a[i1:i2]), "\n".join(b[j1:j2])))
    return pairs


def _with_conf(text: str, mid: str, old: str, new: str) -> str:
    """`text` with one change: the conf of Trados segment `mid` from `old` to `new`."""
    tag = re.search(f'<sdl:seg id="{mid}" [^>]*>', text)
    assert tag is not None and f'conf="{old}"' in tag.group()
    changed = tag.group().replace(f'conf="{old}"', f'conf="{new}"')
    return text[: tag.start()] + changed + text[tag.end() :]


def test_trados_statuses_and_locks_are_read_through_its_table() -> None:
    document = read_document(TRADOS)
    assert [(s.tool_status, s.status.value, s.locked) for s in document.segments] == [
        ("Translated", "new", False),
        ("Translated", "new", False),
        ("Draft", "new", False),
        ("ApprovedSignOff", "approved", True),
        ("ApprovedSignOff", "approved", False),
    ]


@pytest.mark.parametrize(
    ("status", "final", "conf"),
    [
        (Status.APPROVED, False, "ApprovedTranslation"),
        (Status.APPROVED, True, "ApprovedSignOff"),
        (Status.REJECTED, False, "RejectedTranslation"),
        (Status.REJECTED, True, "RejectedSignOff"),
        (Status.EDITED, False, "Draft"),
    ],
)
def test_a_trados_decision_is_written_as_conf_on_that_segment_alone(
    status: Status, final: bool, conf: str, tmp_path: Path
) -> None:
    document = read_document(_copy(TRADOS, tmp_path))
    segments = list(document.segments)
    segments[1] = replace(segments[1], status=status)
    out = tmp_path / "out.sdlxliff"
    out.write_bytes(render_document(replace(document, segments=segments), "xliff", final=final))
    old, new = TRADOS.read_text(encoding="utf-8"), out.read_text(encoding="utf-8")
    assert new == _with_conf(old, "2", "Translated", conf)
    again = read_document(out)
    assert again.segments[1].tool_status == conf
    assert [s.tool_status for i, s in enumerate(again.segments) if i != 1] == [
        s.tool_status for i, s in enumerate(document.segments) if i != 1
    ]
    if status is not Status.EDITED:
        assert again.segments[1].status is status


def test_undoing_an_approval_gives_trados_back_a_translated_segment(tmp_path: Path) -> None:
    document = read_document(_copy(TRADOS, tmp_path))
    out, text = _decide(document, {4: Status.NEW}, tmp_path)
    old = TRADOS.read_text(encoding="utf-8")
    assert text == _with_conf(old, "5", "ApprovedSignOff", "Translated")
    assert read_document(out).segments[4].status is Status.NEW


def test_memoq_statuses_are_read_and_a_decision_is_written_as_mq_status(tmp_path: Path) -> None:
    document = read_document(_copy(MEMOQ, tmp_path))
    assert {(s.tool_status, s.status) for s in document.segments} == {("NotStarted", Status.NEW)}
    out, text = _decide(document, {0: Status.APPROVED, 2: Status.REJECTED}, tmp_path)
    changes = _changed_lines(MEMOQ.read_text(encoding="utf-8"), text)
    assert len(changes) == 2
    assert [after.count('mq:status="NotStarted"') for _, after in changes] == [0, 0]
    assert [before.replace("NotStarted", "X") for before, _ in changes] == [
        after.replace("Reviewer1Confirmed", "X").replace("Rejected", "X") for _, after in changes
    ]
    again = read_document(out)
    assert [s.tool_status for s in again.segments[:3]] == [
        "Reviewer1Confirmed",
        "NotStarted",
        "Rejected",
    ]
    assert [s.status for s in again.segments[:3]] == [
        Status.APPROVED,
        Status.NEW,
        Status.REJECTED,
    ]


def test_a_memoq_lock_is_read(tmp_path: Path) -> None:
    text = MEMOQ.read_text(encoding="utf-8").replace(
        'mq:status="NotStarted"', 'mq:status="NotStarted" mq:locked="locked"', 1
    )
    path = tmp_path / "locked.mqxliff"
    path.write_text(text, encoding="utf-8")
    locks = [s.locked for s in read_document(path).segments]
    assert locks[0] and not any(locks[1:])


def test_phrase_confirmation_level_and_lock(tmp_path: Path) -> None:
    path = tmp_path / "job.mxliff"
    path.write_text(PHRASE, encoding="utf-8")
    document = read_document(path)
    assert [(s.tool_status, s.status, s.locked, s.not_started) for s in document.segments] == [
        ("NotConfirmed", Status.NEW, False, False),
        ("Confirmed", Status.APPROVED, False, False),
        ("Confirmed", Status.APPROVED, True, False),
        ("NotConfirmed", Status.NEW, False, True),
    ]
    out, text = _decide(document, {0: Status.APPROVED, 1: Status.REJECTED}, tmp_path)
    approved = PHRASE.replace('id="a:0" m:confirmed="0"', 'id="a:0" m:confirmed="2"')  # m:level
    assert text == approved.replace('id="a:1" m:confirmed="2"', 'id="a:1" m:confirmed="0"')
    again = read_document(out)
    assert [s.status for s in again.segments[:2]] == [Status.APPROVED, Status.NEW]


def test_check_and_fix_leave_a_locked_segment_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from review.cli import main

    path = _copy(TRADOS, tmp_path)
    document = read_document(path)
    locked = next(s for s in document.segments if s.locked)
    glossary = tmp_path / "g.tsv"
    word = locked.target.split()[0]
    glossary.write_text(f"accepted\tforbidden\nXYZ\t{word}\n", encoding="utf-8")
    main(["check", str(path), "--glossary", str(glossary)])
    assert "1 segment locked in the file by its CAT tool: not checked" in capsys.readouterr().out
    main(["check", str(path), "--glossary", str(glossary), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["locked"] == 1
    assert locked.id not in {f["segment"] for f in report["findings"]}
    others = [s for s in document.segments if not s.locked and word in s.target]
    assert {s.id for s in others} <= {f["segment"] for f in report["findings"]}
    assert main(["fix", str(path), "--glossary", str(glossary), "--in-place"]) == 0
    assert "1 segment locked in the file by its CAT tool: left as they were" in (
        capsys.readouterr().err
    )
    assert read_document(path).by_id()[locked.id].target == locked.target


def test_a_trados_tracked_deletion_is_no_text_and_is_written_back_whole(tmp_path: Path) -> None:
    tracked = TRADOS.read_text(encoding="utf-8").replace(
        '<mrk mtype="seg" mid="2">Seconde phrase',
        '<mrk mtype="seg" mid="2"><mrk mtype="x-sdl-deleted" sdl:revid="r1">Seconde</mrk>'
        '<mrk mtype="x-sdl-added" sdl:revid="r2">Deuxième</mrk> phrase',
    )
    path = tmp_path / "tracked.sdlxliff"
    path.write_text(tracked, encoding="utf-8")
    document = read_document(path)
    segment = next(s for s in document.segments if s.id.endswith("2"))
    assert segment.target == "<x1/><g2>Deuxième</g2> phrase, plus longue."
    edited = segment.revised(segment.target.replace("plus longue", "plus courte"))
    out = tmp_path / "out.sdlxliff"
    write_document(
        replace(document, segments=[edited if s is segment else s for s in document.segments]),
        out,
        "xliff",
    )
    written = out.read_text(encoding="utf-8")
    assert '<mrk mtype="x-sdl-deleted" sdl:revid="r1">Seconde</mrk>' in written
    assert "plus courte" in written
