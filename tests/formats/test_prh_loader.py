"""prh files are parsed by libyaml when PyYAML has it, and by the pure loader otherwise:
the same rules and lines either way, and errors always from the pure loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from review.formats import prh
from review.formats.errors import InputError

DATA = Path(__file__).resolve().parent.parent / "data" / "prh"


def _read_with(monkeypatch: pytest.MonkeyPatch, fast: object, path: Path) -> object:
    monkeypatch.setattr(prh, "_FAST_LOADER", fast)
    glossary = prh.read(path)
    return [(entry.id, entry.rule, entry.line) for entry in glossary.entries]


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML without libyaml")
def test_libyaml_reads_what_the_pure_loader_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    for path in sorted(DATA.glob("*.yml")):
        try:
            pure = _read_with(monkeypatch, None, path)
        except InputError as exc:
            with pytest.raises(InputError) as fast_error:
                _read_with(monkeypatch, yaml.CSafeLoader, path)
            assert (str(fast_error.value), fast_error.value.line) == (str(exc), exc.line)
            continue
        assert _read_with(monkeypatch, yaml.CSafeLoader, path) == pure


@pytest.mark.parametrize(
    "text", ["version: 1\nrules:\n  - expected: [\n", "version: 1\nrules:\n  - a\x00b\n"]
)
def test_errors_name_the_line_the_pure_loader_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(text, encoding="utf-8")
    errors = []
    for fast in (None, getattr(yaml, "CSafeLoader", None)):
        monkeypatch.setattr(prh, "_FAST_LOADER", fast)
        with pytest.raises(InputError) as caught:
            prh.read(path)
        errors.append((str(caught.value), caught.value.line))
    assert errors[0] == errors[1]
