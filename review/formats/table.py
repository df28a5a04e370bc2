"""Documents as TSV or CSV with a header row naming the segment fields."""

from __future__ import annotations

from pathlib import Path

from review.core.model import SEGMENT_FIELDS, Segment
from review.formats import delimited
from review.formats.segments import segment_from_fields

_OPTIONAL_TEXT = ("source", "reference", "revision")


def parse(text: str, path: Path, dialect: str) -> list[tuple[int, Segment]]:
    result: list[tuple[int, Segment]] = []
    for number, record in delimited.records(
        text, path, dialect, known=SEGMENT_FIELDS, required=("id", "mt")
    ):
        fields: dict[str, object] = {
            key: (None if key in _OPTIONAL_TEXT and value == "" else value)
            for key, value in record.items()
        }
        result.append((number, segment_from_fields(fields, path, number)))
    return result


def render(segments: list[Segment], dialect: str) -> str:
    table = [
        ["" if value is None else str(value) for value in s.to_dict().values()] for s in segments
    ]
    return delimited.render(SEGMENT_FIELDS, table, dialect)
