"""How findings are shown on a terminal and in compact lines."""

from __future__ import annotations

from review.cli.console import compact_lines, finding_lines
from review.core.model import Finding, Severity


def test_an_insertion_shows_what_it_inserts() -> None:
    """A missing 。 has no text to quote: its suggestion still shows (the JSON has it)."""
    finding = Finding("s1", "sentence-shape", Severity.INFO, 5, 5, "", "。", "no 。", "qa:shape")
    [line] = compact_lines([finding], lambda _: 3, document="d.jsonl")
    assert line == "d.jsonl:3:6: info sentence-shape: → “。”  no 。 (qa:shape)"
    [shown] = finding_lines([finding], lambda _: "文です", document="d.jsonl", colour=False)
    assert "→ “。”" in shown.splitlines()[0]
