"""Fixed nasty inputs: each is read, or refused with one clear `InputError`, in bounded time."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from review.formats.documents import read_document
from review.formats.errors import InputError
from review.formats.glossaries import read_glossary

BOUND = 30.0  # seconds: generous, so a loaded CI machine does not flake; hangs still fail


@contextmanager
def bounded(seconds: float = BOUND) -> Iterator[None]:
    start = time.monotonic()
    yield
    assert time.monotonic() - start < seconds


def _outcome(read: Callable[[Path], object], path: Path) -> object:
    with bounded():
        try:
            return read(path)
        except InputError as exc:
            assert str(exc).startswith(str(path))
            return exc


@pytest.mark.parametrize("fmt", ["jsonl", "tsv", "csv", "txt", "xliff", "tmx"])
def test_invalid_utf8_and_nul_bytes_are_one_clear_error(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"doc.{fmt}"
    path.write_bytes(b'{"id": "a", "mt": "\xff\xfe\x00\x80 \xc3\x28"}\n\x00\x00\x00\n')
    outcome = _outcome(read_document, path)
    assert isinstance(outcome, InputError)


def test_nul_bytes_in_valid_utf8_jsonl_are_read_or_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "a\u0000", "mt": "本\u0000文"}) + "\n", encoding="utf-8")
    _outcome(read_document, path)


@pytest.mark.parametrize("fmt", ["txt", "jsonl", "tsv"])
def test_a_10_mb_single_line(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"doc.{fmt}"
    text = "日本語の文。" * (10_000_000 // 18 + 1)
    if fmt == "jsonl":
        line = json.dumps({"id": "one", "mt": text}, ensure_ascii=False)
    elif fmt == "tsv":
        line = f"id\tmt\none\t{text}"
    else:
        line = text
    path.write_text(line + "\n", encoding="utf-8")
    assert path.stat().st_size >= 10_000_000
    outcome = _outcome(read_document, path)
    assert not isinstance(outcome, InputError), outcome
    assert len(outcome.segments) == 1  # type: ignore[attr-defined]


def test_a_million_line_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("".join(f"文{i}。\n" for i in range(1_000_000)), encoding="utf-8")
    outcome = _outcome(read_document, path)
    assert not isinstance(outcome, InputError), outcome
    assert len(outcome.segments) == 1_000_000  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", ["xliff", "tmx"])
def test_deeply_nested_xml_is_one_clear_error_or_read(tmp_path: Path, fmt: str) -> None:
    depth = 100_000
    path = tmp_path / f"doc.{fmt}"
    if fmt == "xliff":
        inner = "<g>" * depth + "x" + "</g>" * depth
        body = (
            '<xliff version="1.2"><file source-language="en" target-language="ja"><body>'
            f'<trans-unit id="1"><source>s</source><target>{inner}</target></trans-unit>'
            "</body></file></xliff>"
        )
    else:
        body = "<tmx><body>" + "<tu>" * depth + "</tu>" * depth + "</body></tmx>"
    path.write_text(body, encoding="utf-8")
    outcome = _outcome(read_document, path)
    assert isinstance(outcome, InputError) and "depth" in str(outcome), outcome


def test_a_glossary_with_100_000_entries(tmp_path: Path) -> None:
    path = tmp_path / "big.tsv"
    rows = "".join(f"t{i}\tterm\tterm{i}\t用語{i}\t\t\t\n" for i in range(100_000))
    header = "id\ttype\tsource\taccepted\tforbidden\tignore_case\tnote\n"
    path.write_text(header + rows, encoding="utf-8")
    outcome = _outcome(read_glossary, path)
    assert not isinstance(outcome, InputError), outcome
    assert len(outcome.entries) == 100_000  # type: ignore[attr-defined]


def test_a_prh_rule_with_catastrophic_backtracking_finishes(tmp_path: Path) -> None:
    path = tmp_path / "evil.yml"
    path.write_text(
        "version: 1\nrules:\n  - expected: b\n    pattern: /(a+)+$/\n"
        "    specs:\n      - from: " + "a" * 40 + "!\n        to: " + "a" * 40 + "!\n",
        encoding="utf-8",
    )
    _outcome(read_glossary, path)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([{"id": "a", "mt": "一"}, {"id": "a", "mt": "二"}], "duplicate"),
        ([{"mt": "一"}, {"mt": "二"}], "missing “id”"),
        ([{"id": "", "mt": "一"}], "“id”"),
    ],
)
def test_duplicate_or_missing_ids(
    tmp_path: Path, lines: list[object], expected: str | None
) -> None:
    path = tmp_path / "doc.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    outcome = _outcome(read_document, path)
    if isinstance(outcome, InputError):
        assert expected is not None and expected in str(outcome).lower(), outcome
    else:
        ids = [s.id for s in outcome.segments]  # type: ignore[attr-defined]
        assert len(set(ids)) == len(ids), "ids of a document read are unique"


def test_a_real_malformed_po_is_one_line_naming_its_line() -> None:
    """A PO file from a public project with a string left unclosed (tests/data/real/malformed,
    provenance there): the line that lacks its quote, not a traceback."""
    path = Path(__file__).resolve().parent.parent / "data" / "real" / "malformed"
    path = path / "MinoruInachi__microbit-micropython-ja__tutorials.po"
    with pytest.raises(InputError) as refused:
        read_document(path)
    assert refused.value.line == 2107 and "not a PO line" in str(refused.value)
