"""The native document format: one JSON object per line, keys as in SEGMENT_FIELDS."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import NamedTuple

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


class JsonlOrigin(NamedTuple):
    """The file's text as it was read (as UTF-8: a third of the memory of a str holding
    Japanese and an emoji), for `render` to give back unchanged whatever the review did not
    change."""

    data: bytes
    path: Path

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "surrogatepass")


def render(segments: list[Segment], origin: JsonlOrigin | None = None) -> str:
    """The segments one JSON object a line. Written back over the file they were read from
    (`origin`), each line whose segment is unchanged stays as it was, and a changed one keeps
    its keys' order and gets only the fields that changed."""
    if origin is not None:
        text = origin.text
        rows = parse(text, origin.path)
        if [s.id for _, s in rows] == [s.id for s in segments]:
            return _written_back(text, rows, segments, origin.path)
    return "".join(json.dumps(s.to_dict(), ensure_ascii=False) + "\n" for s in segments)


def _written_back(
    text: str, rows: list[tuple[int, Segment]], segments: list[Segment], path: Path
) -> str:
    lines = text.split("\n")
    for (number, old), new in zip(rows, segments, strict=True):
        if old == new:
            continue
        line = lines[number - 1]
        end = "\r" if line.endswith("\r") else ""
        fields = json.loads(line)
        before = old.to_dict()
        fields |= {k: v for k, v in new.to_dict().items() if v != before[k]}
        if segment_from_fields(fields, path, number) != new:  # a status the line implied
            fields["status"] = new.status.value
        spaced = _SPACED.search(line) is not None
        lines[number - 1] = (
            json.dumps(
                fields,
                ensure_ascii=line.isascii() and "\\u" in line,
                separators=(", ", ": ") if spaced else (",", ":"),
            )
            + end
        )
    return "\n".join(lines)


_SPACED = re.compile(r'"\s*:\s')  # "id": 1, as json.dumps writes it, not "id":1
