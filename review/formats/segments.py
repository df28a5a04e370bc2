"""Building a Segment from loosely typed fields, with errors that name the line."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from review.core.model import SEGMENT_FIELDS, Segment, Status
from review.formats.errors import InputError

_STATUSES = ", ".join(s.value for s in Status)
_STATUS_BY_NAME = {s.value: s for s in Status}
_KNOWN = frozenset(SEGMENT_FIELDS)


def segment_from_fields(fields: Mapping[str, object], path: Path, line: int) -> Segment:
    unknown = [key for key in fields if key not in _KNOWN] if fields.keys() - _KNOWN else []
    if unknown:
        raise InputError(
            path, f"unknown field “{unknown[0]}” (fields are: {', '.join(SEGMENT_FIELDS)})", line
        )
    raw_id = fields.get("id")
    if raw_id is None or raw_id == "":
        raise InputError(path, "missing “id”", line)
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        raise InputError(path, "“id” must be a string or an integer", line)
    mt = fields.get("mt")
    if mt is None:
        raise InputError(path, "missing “mt”", line)
    texts: dict[str, str | None] = {}
    for key in ("mt", "source", "reference", "revision", "note"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(path, f"“{key}” must be a string", line)
        texts[key] = value
    revision = texts["revision"]
    status_text = str(fields.get("status") or ("edited" if revision is not None else "new"))
    status = _STATUS_BY_NAME.get(status_text)
    if status is None:
        raise InputError(path, f"unknown status “{status_text}” (statuses are: {_STATUSES})", line)
    return Segment(
        id=str(raw_id),
        mt=str(mt),
        source=texts["source"],
        reference=texts["reference"],
        revision=revision,
        status=status,
        note=texts["note"] or "",
    )
