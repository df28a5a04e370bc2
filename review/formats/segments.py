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
    if fields.keys() - _KNOWN:
        unknown = next(key for key in fields if key not in _KNOWN)
        known = ", ".join(SEGMENT_FIELDS)
        raise InputError(path, f"unknown field “{unknown}” (fields are: {known})", line)
    get = fields.get
    raw_id, mt, revision = get("id"), get("mt"), get("revision")
    source, reference, note = get("source"), get("reference"), get("note")
    if raw_id is None or raw_id == "":
        raise InputError(path, "missing “id”", line)
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        raise InputError(path, "“id” must be a string or an integer", line)
    if mt is None:
        raise InputError(path, "missing “mt”", line)
    mt_text = _text("mt", mt, path, line) or ""
    revision_text = _text("revision", revision, path, line)
    status_text = get("status") or ("edited" if revision_text is not None else "new")
    status = _STATUS_BY_NAME.get(status_text) if isinstance(status_text, str) else None
    if status is None:
        message = f"unknown status “{status_text}” (statuses are: {_STATUSES})"
        raise InputError(path, message, line)
    return Segment(
        id=raw_id if isinstance(raw_id, str) else str(raw_id),
        mt=mt_text,
        source=_text("source", source, path, line),
        reference=_text("reference", reference, path, line),
        revision=revision_text,
        status=status,
        note=_text("note", note, path, line) or "",
    )


def _text(key: str, value: object, path: Path, line: int) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InputError(path, f"“{key}” must be a string", line)


def changed_fields(
    old: Segment, new: Segment, fields: Mapping[str, object], path: Path, line: int
) -> dict[str, object]:
    """What a record read as `old` (its `fields`, as read) must change to read as `new`: the
    fields whose values changed, the status only where the record would not imply it."""
    before = old.to_dict()
    changed = {
        key: value
        for key, value in new.to_dict().items()
        if value != before[key] and key != "status"
    }
    if segment_from_fields({**fields, **changed}, path, line) != new:
        changed["status"] = new.status.value
    return changed
