from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from review.formats.errors import OutputError
from review.formats.textio import write_atomic


def test_write_atomic_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_atomic(path, "新しい")
    assert path.read_text(encoding="utf-8") == "新しい"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match="out.txt: cannot write: No space left on device"):
        write_atomic(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(tmp_path / "no" / "such" / "dir.txt", "x")


JAPANESE = "今回の採用は、まず全社的なSlackメッセージで発表された。ｵｰﾌﾟﾝAIとサーバー…※"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp932", "euc_jp"]
)
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    from review.formats.documents import read_document

    text = json.dumps({"id": "1", "mt": JAPANESE}, ensure_ascii=False) + "\n"
    text += '{"id": "2", "mt": "二行目"}\n'
    path = tmp_path / "d.jsonl"
    path.write_bytes(text.encode(encoding))
    assert [s.mt for s in read_document(path).segments] == [JAPANESE, "二行目"]


def test_shift_jis_text_and_glossaries_are_detected(tmp_path: Path) -> None:
    from review.formats.documents import read_document
    from review.formats.glossaries import read_glossary

    (tmp_path / "d.txt").write_bytes("オープンAIの発表\n".encode("shift_jis"))
    assert read_document(tmp_path / "d.txt").segments[0].mt == "オープンAIの発表"
    (tmp_path / "g.tsv").write_bytes("accepted\tforbidden\nOpenAI\tオープンAI\n".encode("cp932"))
    assert read_glossary(tmp_path / "g.tsv").entries[0].variants[0].form == "オープンAI"


def test_a_given_encoding_wins_and_a_wrong_one_names_the_line(tmp_path: Path) -> None:
    from review.formats.documents import read_document
    from review.formats.errors import InputError

    path = tmp_path / "d.jsonl"
    path.write_bytes('{"id": "1", "mt": "a"}\n{"id": "2", "mt": "日本"}\n'.encode("euc_jp"))
    assert read_document(path, encoding="euc_jp").segments[1].mt == "日本"
    with pytest.raises(InputError, match=r"d.jsonl:2: byte 0xc6 at column 20 is not valid utf-8;"):
        read_document(path, encoding="utf-8")


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.txt", "x")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644


def test_a_write_removes_temporaries_left_by_a_killed_write_but_not_live_ones(
    tmp_path: Path,
) -> None:
    import fcntl
    import time

    target = tmp_path / "out.csv"
    stale = tmp_path / ".out.csv.dead1234.tmp"
    live = tmp_path / ".out.csv.live5678.tmp"
    other = tmp_path / ".other.csv.dead9999.tmp"
    for path in (stale, live, other):
        path.write_text("half", encoding="utf-8")
    old = time.time() - 60
    for path in (stale, live, other):
        os.utime(path, (old, old))
    with live.open("rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        write_atomic(target, "whole")
    assert target.read_text(encoding="utf-8") == "whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [".out.csv.live5678.tmp", ".other.csv.dead9999.tmp", "out.csv"]
    )
