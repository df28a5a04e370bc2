"""The native document format: one JSON object per line, keys as in SEGMENT_FIELDS."""

from __future__ import annotations

import json
import re
from pathlib import Path

from review.core.model import Segment
from review.formats.errors import InputError
from review.formats.segments import changed_fields, segment_from_fields
from review.formats.spliced import Edit, EncodedText
from review.formats.textio import line_starts, text_lines


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


def edits(file: EncodedText, path: Path, segments: list[Segment]) -> list[Edit] | None:
    """The segments written over the file they were read from: each line whose segment
    changed keeps its keys' order, spacing and escapes, and gets only the fields that
    changed; None when the segments are not the file's."""
    text = file.text
    rows = parse(text, path)
    if [s.id for _, s in rows] != [s.id for s in segments]:
        return None
    starts = line_starts(text)
    result: list[Edit] = []
    for (number, old), new in zip(rows, segments, strict=True):
        if old == new:
            continue
        start, end = starts[number - 1], starts[number] - 1
        line = text[start:end].removesuffix("\r")
        fields = json.loads(line)
        fields |= changed_fields(old, new, fields, path, number)
        spaced = _SPACED.search(line) is not None
        written = json.dumps(
            fields,
            ensure_ascii=line.isascii() and "\\u" in line,
            separators=(", ", ": ") if spaced else (",", ":"),
        )
        result.append(Edit(start, start + len(line), written))
    return result


_SPACED = re.compile(r'"\s*:\s')  # "id": 1, as json.dumps writes it, not "id":1
