"""Whether a finding overlaps any of many others on one text, in time linear in the spans'
lengths (a segment of one long line may hold tens of thousands of findings)."""

from __future__ import annotations

from collections.abc import Iterable

from review.core.model import Finding


class Covered:
    """The spans of the findings added so far. Two spans overlap as `a.start < b.end and
    b.start < a.end` says: an empty span overlaps only a span it is strictly inside."""

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self._chars = bytearray()  # the characters a span covers
        self._inside = bytearray()  # the places strictly inside a span
        self._points: list[int] = []  # the places of empty spans
        for finding in findings:
            self.add(finding)

    def add(self, finding: Finding) -> None:
        start, end = finding.start, finding.end
        if end <= start:
            self._points.append(start)
            return
        if end > len(self._chars):
            grown = end - len(self._chars)
            self._chars.extend(bytes(grown))
            self._inside.extend(bytes(grown))
        self._chars[start:end] = b"\x01" * (end - start)
        self._inside[start + 1 : end] = b"\x01" * (end - start - 1)

    def overlaps(self, finding: Finding) -> bool:
        start, end = finding.start, finding.end
        if end <= start:
            return start < len(self._inside) and bool(self._inside[start])
        return 1 in self._chars[start:end] or any(start < p < end for p in self._points)
