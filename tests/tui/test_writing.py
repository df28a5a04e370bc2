"""Where a served TUI may write: the document's folder, and the glossary it was started with."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from review.tui.writing import WRITE_ROOT, outside, served


def test_anywhere_when_not_served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(WRITE_ROOT, raising=False)
    assert not served() and outside(tmp_path / "x.txt") is None


def test_served_the_folder_and_the_glossary_file_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pairs, terms = tmp_path / "pairs", tmp_path / "glossary"
    pairs.mkdir()
    terms.mkdir()
    glossary = terms / "names.tsv"
    glossary.write_text("accepted\nOpenAI\n", encoding="utf-8")
    monkeypatch.setenv(WRITE_ROOT, os.pathsep.join([str(pairs), str(glossary)]))
    assert served()
    assert outside(pairs / "out.txt") is None and outside(glossary) is None
    assert outside(terms / "other.tsv") == f"in {pairs} and {glossary}"
    assert outside(tmp_path / "pairs-x" / "a.txt") is not None
