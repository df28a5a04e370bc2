"""Which segments a reviewer wants to see: with findings, by status, by text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from review.core.model import Segment, Status


def fold(text: str) -> str:
    """Width- and case-insensitive form for searching (ＯｐｅｎＡＩ finds OpenAI)."""
    return unicodedata.normalize("NFKC", text).casefold()


def haystack(segment: Segment) -> str:
    """Everything a text search looks in, folded; fields joined by a newline, which no
    search term contains, so a match never spans two fields."""
    fields = (segment.id, segment.source, segment.mt, segment.reference, segment.revision)
    return fold("\n".join([*(f for f in fields if f), segment.note]))


@dataclass(frozen=True, slots=True)
class SegmentFilter:
    with_findings: bool = False
    statuses: frozenset[Status] = field(default_factory=frozenset)
    text: str = ""
    tool_status: str = ""  # the file's own status (`Segment.tool_status`): Trados's Draft

    @property
    def active(self) -> bool:
        return any((self.with_findings, self.statuses, self.text, self.tool_status))

    def describe(self) -> str:
        parts: list[str] = []
        if self.with_findings:
            parts.append("with findings")
        if self.statuses:
            parts.append("status " + "|".join(sorted(s.value for s in self.statuses)))
        if self.tool_status:
            parts.append(f"file status {self.tool_status}")
        if self.text:
            parts.append(f"text “{self.text}”")
        return " · ".join(parts) if parts else "all segments"


STATUS_CYCLE: tuple[frozenset[Status], ...] = (
    frozenset(),
    frozenset({Status.NEW}),
    frozenset({Status.EDITED}),
    frozenset({Status.APPROVED}),
    frozenset({Status.REJECTED}),
    frozenset({Status.NEW, Status.EDITED, Status.REJECTED}),
)
"""The status filters a key cycles through; the last is "not approved yet"."""


def next_tool_status(current: str, present: list[str]) -> str:
    """The file status a key filters by next: each status the file has, then none."""
    cycle = ["", *present]
    position = cycle.index(current) if current in cycle else 0
    return cycle[(position + 1) % len(cycle)]


def next_statuses(current: frozenset[Status]) -> frozenset[Status]:
    try:
        position = STATUS_CYCLE.index(current)
    except ValueError:
        return STATUS_CYCLE[0]
    return STATUS_CYCLE[(position + 1) % len(STATUS_CYCLE)]
