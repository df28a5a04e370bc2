"""The native document format: one JSON object per line, keys as in SEGMENT_FIELDS."""

from __future__ import annotations

import json
import re
from pathlib import Path

from review.core.model import Segment
from review.formats.errors import InputError
from review.formats.segments import segment_from_fields
from review.formats.textio import text_lines


def parse(text: str, path: Path) -> list[tuple[int, Segment]]:
    numbered = [(n, line) for n, line in enumerate(text_lines(text), start=1) if line.strip()]
    values: list[object] = []
    if all(line.lstrip().startswith("{") and line.rstrip().endswith("}") for _, line in numbered):
        try:
            # one decoder call for the whole file is several times faster than one per line
            values = json.loads("[" + ",".join(line for _, line in numbered) + "]")
        except json.JSONDecodeError:
            values = []
    if len(values) != len(numbered):  # not all objects, or a line held two or half of one
        values = [_parse_line(line, path, number) for number, line in numbered]
    rows: list[tuple[int, Segment]] = []
    for (number, _), value in zip(numbered, values, strict=True):
        if not isinstance(value, dict):
            raise InputError(path, "each line must be a JSON object", number)
        rows.append((number, segment_from_fields(value, path, number)))
    return rows


_AT_THE_END = re.compile(r"\s+(?:starting\s+)?at$")


def _parse_line(line: str, path: Path, number: int) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        what = _AT_THE_END.sub("", exc.msg)  # "Unterminated string starting at"
        message = f"not valid JSON: {what} (column {exc.colno})"
        raise InputError(path, message, number) from None


def render(segments: list[Segment]) -> str:
    return "".join(json.dumps(s.to_dict(), ensure_ascii=False) + "\n" for s in segments)
